using System.Diagnostics;
using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Sources;
using CptGraph.Ingestion.Storage;
using CptGraph.Ingestion.Tic.Remote;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// <c>ingest tic</c>: streams one in-network-rates file (local or remote) into the database in a single
/// transaction (rows, run record and recomputed distributions), so a bad file changes nothing but the FAILED
/// run record written afterwards. The file is read once: its SHA-256 is computed on the bytes as they are
/// parsed, and when an earlier run already had the same hash the transaction is rolled back and a SKIPPED run
/// is recorded instead.
/// </summary>
public sealed class TicIngestor(IDbContextFactory<CptGraphDbContext> factory, RemoteFetcher fetcher, IIngestProgressDisplay progressDisplay,
    IngestProgressOptions progressOptions, ILogger<TicIngestor> logger)
{
    /// <summary>Ingests the local file at <paramref name="path"/>.</summary>
    public Task<IngestResult> IngestAsync(string path, TicIngestOptions options, CancellationToken cancellationToken) =>
        IngestAsync(new LocalFileSource(path), options, cancellationToken);

    /// <summary>Ingests one source; a rejected file is recorded as a FAILED run and its exception rethrown.</summary>
    /// <exception cref="IngestionException">The file is bad or cannot be read; the message names it, the place and the problem.</exception>
    public async Task<IngestResult> IngestAsync(IngestSource source, TicIngestOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var run = new IngestRun
        {
            Kind = IngestRunKinds.Tic,
            Source = source.Name,
            Sha256 = "",
            IsDemo = options.IsDemo,
            TableOfContents = options.TableOfContents,
            Plans = options.Plans?.ToList() ?? [],
            StartedAt = DateTimeOffset.UtcNow,
        };
        try
        {
            return await IngestOrSkipAsync(source, run, options, clock, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.DurationSeconds = clock.Elapsed.TotalSeconds;
            await IngestRunRecorder.RecordFailureAsync(factory, run, e, logger, cancellationToken);
            throw;
        }
    }

    private async Task<IngestResult> IngestOrSkipAsync(IngestSource source, IngestRun run, TicIngestOptions options, Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var hashing = new HashingStream(await source.OpenAsync(cancellationToken));
        run.SourceVersion = source.Version;
        if (source.Version is { } version
            && await PreviousRuns.FindSameVersionAsync(factory, IngestRunKinds.Tic, source.Name, version, cancellationToken) is { } unchanged)
        {
            run.Sha256 = unchanged.Sha256;
            run.Bytes = unchanged.Bytes;
            return await SkipAsync(run, unchanged, "same source, size and modification time (or ETag)", clock, cancellationToken);
        }

        IngestRun? identical;
        List<string> warnings;
        await using (var work = await IngestUnitOfWork.BeginAsync(factory, run, cancellationToken))
        {
            var payers = await work.Db.Payers.AsTracking().Include(p => p.Aliases).ToListAsync(cancellationToken);
            var remote = new RemoteProviderReferences(fetcher);
            var progress = new IngestProgress(source.Name, source.Length, () => hashing.BytesRead, () => run.Counts.Kept);
            TicPipelineResult stored;
            try
            {
                using (progressDisplay.Show(progress))
                {
                    stored = await TicIngestPipeline.RunAsync(
                        sink => new TicInNetworkReader(parsers: TicInNetworkReader.DefaultParsers).Read(hashing, source.Name, sink, remote), work, payers, options.PayerOverride, cancellationToken);
                }

                run.Sha256 = hashing.Finish();
            }
            finally
            {
                run.Bytes = hashing.BytesRead;
            }

            logger.LogInformation("{Source}: read and stored in {Seconds:F2}s; the writer was busy {WriterBusySeconds:F2}s, the reader waited {ReaderWaitedSeconds:F2}s for it",
                source.Name, stored.Elapsed.TotalSeconds, stored.WriterBusy.TotalSeconds, stored.ReaderWaited.TotalSeconds);
            warnings = stored.Warnings.Concat(remote.Failures).ToList();
            run.Warnings = warnings.Count > 0 ? string.Join('\n', warnings) : null;

            // Checked only now, with the hash of the bytes just read: a file is never read twice to decide.
            identical = await PreviousRuns.FindAsync(work.Db, IngestRunKinds.Tic, run.Sha256, cancellationToken);
            if (identical is null)
            {
                var storeSeconds = work.Elapsed.TotalSeconds;
                await work.CommitAsync([], cancellationToken, new RecomputeProgressLog(source.Name, progressOptions, logger), recompute: !options.ObservationsOnly);
                logger.LogInformation("{Source}: rows stored in {StoreSeconds:F2}s, distributions recomputed and committed in {CommitSeconds:F2}s",
                    source.Name, storeSeconds, work.Elapsed.TotalSeconds - storeSeconds);
            }
        }

        if (identical is not null)
        {
            return await SkipAsync(run, identical, $"identical content (SHA-256 {run.Sha256})", clock, cancellationToken);
        }

        foreach (var warning in warnings)
        {
            logger.LogWarning("{Source}: {Warning}", source.Name, warning);
        }

        logger.LogInformation(
            "Ingested {Source} as run {RunId}: {Bytes} bytes, {Kept} kept, {Duplicate} duplicate, {Expired} expired, {Zero} zero, {NonFfs} non-ffs, {Unresolved} unresolved provider in {Seconds:F2}s",
            source.Name, run.Id, run.Bytes, run.Counts.Kept, run.Counts.Duplicate, run.Counts.Expired, run.Counts.Zero, run.Counts.NonFfs, run.Counts.UnresolvedProvider, run.DurationSeconds);
        return new IngestResult(run, false, warnings);
    }

    private Task<IngestResult> SkipAsync(IngestRun run, IngestRun previous, string why, Stopwatch clock, CancellationToken cancellationToken)
    {
        run.DurationSeconds = clock.Elapsed.TotalSeconds;
        return IngestRunRecorder.RecordSkipAsync(factory, run, previous, why, logger, cancellationToken);
    }
}
