using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

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
}
