using System.Diagnostics;
using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Ingestion.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Reference;

/// <summary>
/// Runs one code set's import the same way for every set: a file already imported (same kind, same sha256) is recorded as
/// SKIPPED; otherwise the run record and every row go in one transaction, so a bad record anywhere leaves the database as
/// it was (and only a FAILED run with the error is recorded, like a rejected TiC file).
/// </summary>
public sealed class ReferenceImporter(IDbContextFactory<CptGraphDbContext> factory, ILogger<ReferenceImporter> logger)
{
    public async Task<ReferenceImportResult> ImportAsync(IReferenceSet set, string path, string? release, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var run = new IngestRun { Kind = set.Kind, Source = Path.GetFullPath(path), Sha256 = "", StartedAt = DateTimeOffset.UtcNow };
        try
        {
            var fingerprint = await FileFingerprint.OfAsync(path, cancellationToken);
            run.Sha256 = fingerprint.Sha256;
            run.Bytes = fingerprint.Bytes;
            run.Release = release ?? set.ReleaseOf(path);
            var previous = await PreviousRuns.FindAsync(factory, set.Kind, fingerprint.Sha256, cancellationToken);
            if (previous is not null)
            {
                run.DurationSeconds = clock.Elapsed.TotalSeconds;
                var skip = await IngestRunRecorder.RecordSkipAsync(factory, run, previous, "identical file", logger, cancellationToken);
                return new ReferenceImportResult(skip.Run, true);
            }

            await StoreAsync(set, path, run, clock, cancellationToken);
            return new ReferenceImportResult(run, false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.DurationSeconds = clock.Elapsed.TotalSeconds;
            await IngestRunRecorder.RecordFailureAsync(factory, run, e, logger, cancellationToken);
            throw;
        }
    }

    private async Task StoreAsync(IReferenceSet set, string path, IngestRun run, Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IngestRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var context = new ReferenceImportContext(db, transaction, run, path, logger);
        set.Import(context, cancellationToken);
        if (context.Rows == 0)
        {
            throw new IngestionException(path, "file", $"no {set.Kind} records were found");
        }

        run.Rows = context.Rows;
        run.Counts.Kept = context.Rows;
        run.DurationSeconds = clock.Elapsed.TotalSeconds;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Imported {Kind} {Release} from {Source} as run {RunId}: {Rows} rows in {Seconds:F2}s ({RowsPerSecond:F0} rows/s)",
            run.Kind, run.Release, path, run.Id, run.Rows, run.DurationSeconds, run.Rows / Math.Max(run.DurationSeconds, 0.001));
    }
}
