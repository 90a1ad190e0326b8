using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// <c>ingest tic</c>: streams one in-network-rates file into the database in a single transaction (rows,
/// run record and recomputed distributions), so a bad file changes nothing.
/// </summary>
public sealed class TicIngestor(IDbContextFactory<CptGraphDbContext> factory, IIngestProgressDisplay progressDisplay, ILogger<TicIngestor> logger)
{
    public async Task<IngestResult> IngestAsync(string path, TicIngestOptions options, CancellationToken cancellationToken)
    {
        var fingerprint = await FileFingerprint.OfAsync(path, cancellationToken);
        var previous = await PreviousRuns.FindAsync(factory, IngestRunKinds.Tic, fingerprint.Sha256, cancellationToken);
        if (previous is not null)
        {
            logger.LogInformation("Skipped {Source}: identical content ({Sha256}) was ingested by run {RunId}", path, fingerprint.Sha256, previous.Id);
            return new IngestResult(previous, true, []);
        }

        var run = new IngestRun
        {
            Kind = IngestRunKinds.Tic,
            Source = Path.GetFullPath(path),
            Sha256 = fingerprint.Sha256,
            Bytes = fingerprint.Bytes,
            IsDemo = options.IsDemo,
        };
        await using var work = await IngestUnitOfWork.BeginAsync(factory, run, cancellationToken);
        var payers = await work.Db.Payers.AsTracking().Include(p => p.Aliases).ToListAsync(cancellationToken);
        // No FileStream buffer: JsonTokenStream (or GZipStream) already reads in large blocks.
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var progress = new IngestProgress(path, file.Length, () => file.Position, () => run.Counts.Kept);
        IReadOnlyList<string> warnings;
        using (progressDisplay.Show(progress))
        {
            warnings = await TicIngestPipeline.RunAsync(
                sink => new TicInNetworkReader().Read(file, path, sink), work, payers, options.PayerOverride, cancellationToken);
        }

        var stored = run.DurationSeconds = work.Elapsed.TotalSeconds;
        await work.CommitAsync([], cancellationToken);
        logger.LogInformation("{Source}: rows stored in {StoreSeconds:F2}s, distributions recomputed and committed in {CommitSeconds:F2}s",
            path, stored, run.DurationSeconds - stored);
        foreach (var warning in warnings)
        {
            logger.LogWarning("{Source}: {Warning}", path, warning);
        }

        logger.LogInformation(
            "Ingested {Source} as run {RunId}: {Kept} kept, {Duplicate} duplicate, {Expired} expired, {Zero} zero, {NonFfs} non-ffs, {Unresolved} unresolved provider in {Seconds:F2}s",
            path, run.Id, run.Counts.Kept, run.Counts.Duplicate, run.Counts.Expired, run.Counts.Zero, run.Counts.NonFfs, run.Counts.UnresolvedProvider, run.DurationSeconds);
        return new IngestResult(run, false, warnings);
    }
}
