using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Runs;

/// <summary>
/// Records a run that wrote no data — failed or skipped — in its own short transaction, after the data
/// transaction was rolled back, so every attempt is visible in <c>ingestRuns</c>.
/// </summary>
internal static class IngestRunRecorder
{
    public static async Task<IngestRun> RecordAsync(
        IDbContextFactory<CptGraphDbContext> factory, IngestRun attempt, IngestRunStatus status, string message, CancellationToken cancellationToken)
    {
        // A fresh row: the attempt's own was rolled back with its payer and counts, which must not be kept.
        var record = new IngestRun
        {
            Kind = attempt.Kind,
            Source = attempt.Source,
            Sha256 = attempt.Sha256,
            Bytes = attempt.Bytes,
            SourceVersion = attempt.SourceVersion,
            TableOfContents = attempt.TableOfContents,
            Status = status,
            Error = message,
            Warnings = attempt.Warnings,
            ReportingEntityName = attempt.ReportingEntityName,
            SchemaVersion = attempt.SchemaVersion,
            LastUpdatedOn = attempt.LastUpdatedOn,
            PlanName = attempt.PlanName,
            Plans = attempt.Plans.Select(p => new IngestRunPlan
            {
                PlanName = p.PlanName,
                PlanId = p.PlanId,
                PlanIdType = p.PlanIdType,
                PlanMarketType = p.PlanMarketType,
                IssuerName = p.IssuerName,
            }).ToList(),
            IsDemo = attempt.IsDemo,
            StartedAt = attempt.StartedAt,
            DurationSeconds = attempt.DurationSeconds,
        };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.IngestRuns.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>
    /// Records <paramref name="attempt"/> as FAILED with <paramref name="failure"/>'s message (prefixed with the
    /// source unless it already names its place) and logs it; the caller rethrows.
    /// </summary>
    public static async Task RecordFailureAsync(IDbContextFactory<CptGraphDbContext> factory, IngestRun attempt, Exception failure,
        ILogger logger, CancellationToken cancellationToken)
    {
        var message = failure is IngestionException ? failure.Message : $"{attempt.Source}: {failure.Message}";
        try
        {
            var record = await RecordAsync(factory, attempt, IngestRunStatus.Failed, message, cancellationToken);
            logger.LogError("Failed {Source} (run {RunId}): {Error}", attempt.Source, record.Id, message);
        }
        catch (Exception e) when (e is DbUpdateException or SqliteException or Npgsql.NpgsqlException)
        {
            // The database itself may be what failed (locked, disk full): the error still reaches the caller.
            logger.LogError(e, "Failed {Source}: {Error}; the failure could not be recorded", attempt.Source, message);
        }
    }

    /// <summary>
    /// Records <paramref name="attempt"/> as SKIPPED because <paramref name="previous"/> already ingested what
    /// <paramref name="why"/> describes (<paramref name="detail"/> says more, e.g. as which payer), logs it, and returns the
    /// result that points at the earlier run.
    /// </summary>
    public static async Task<IngestResult> RecordSkipAsync(IDbContextFactory<CptGraphDbContext> factory, IngestRun attempt, IngestRun previous,
        string why, ILogger logger, CancellationToken cancellationToken, string detail = "")
    {
        var message = $"{why} was already ingested by run {previous.Id}{detail}";
        await RecordAsync(factory, attempt, IngestRunStatus.Skipped, message, cancellationToken);
        logger.LogInformation("Skipped {Source}: {Reason}", attempt.Source, message);
        return new IngestResult(previous, true, [], message);
    }
}
