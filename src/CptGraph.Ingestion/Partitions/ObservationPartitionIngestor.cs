using System.Diagnostics;
using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Providers;
using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Export;
using CptGraph.Ingestion.Payers;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Partitions;

/// <summary>
/// <c>ingest partitions DIR…</c>, the second half of the distributed path: each Parquet partition file (as
/// <c>export observations</c> writes it, from a partial store filled by <c>ingest tic --observations-only</c>) is
/// one run and one transaction, like a TiC file of that payer vintage: its observations go through the same writer
/// and unique index (so the union of several machines' partitions deduplicates exactly as one ingest of all their
/// files), then the payer vintage's screening flags and distributions are recomputed from everything stored. The
/// flags in the files are not trusted: screening (the ghost rule across codes included) needs the union.
/// </summary>
public sealed class ObservationPartitionIngestor(IDbContextFactory<CptGraphDbContext> factory, IngestProgressOptions progressOptions,
    ILogger<ObservationPartitionIngestor> logger)
{
    /// <summary>Ingests one partition file; a bad file is recorded as a FAILED run and its exception rethrown.</summary>
    /// <exception cref="IngestionException">The file is not an observation partition; the message names it and the problem.</exception>
    public async Task<IngestResult> IngestAsync(ObservationPartition partition, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var run = new IngestRun
        {
            Kind = IngestRunKinds.Partition,
            Source = partition.Path,
            Sha256 = "",
            LastUpdatedOn = partition.Vintage,
            ReportingEntityName = partition.PayerName,
            StartedAt = DateTimeOffset.UtcNow,
        };
        try
        {
            var fingerprint = await FileFingerprint.OfAsync(partition.Path, cancellationToken);
            (run.Sha256, run.Bytes) = (fingerprint.Sha256, fingerprint.Bytes);
            if (await PreviousRuns.FindAsync(factory, IngestRunKinds.Partition, run.Sha256, cancellationToken) is { } previous)
            {
                run.DurationSeconds = clock.Elapsed.TotalSeconds;
                return await IngestRunRecorder.RecordSkipAsync(factory, run, previous, $"identical content (SHA-256 {run.Sha256})", logger, cancellationToken);
            }

            return await StoreAsync(partition, run, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.DurationSeconds = clock.Elapsed.TotalSeconds;
            await IngestRunRecorder.RecordFailureAsync(factory, run, e, logger, cancellationToken);
            throw;
        }
    }

    private async Task<IngestResult> StoreAsync(ObservationPartition partition, IngestRun run, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        await using (var work = await IngestUnitOfWork.BeginAsync(factory, run, cancellationToken))
        {
            var payer = await PayerOfAsync(work, partition, warnings, cancellationToken);
            run.PayerId = payer.Id;
            await foreach (var group in ObservationParquetReader.ReadAsync(partition.Path, cancellationToken))
            {
                Write(work, payer.Id, partition, group);
            }

            run.Warnings = warnings.Count > 0 ? string.Join('\n', warnings) : null;
            await work.CommitAsync([], cancellationToken, new RecomputeProgressLog(partition.Path, progressOptions, logger));
        }

        logger.LogInformation("Ingested {Source} as run {RunId}: {Kept} kept, {Duplicate} duplicate", partition.Path, run.Id, run.Counts.Kept, run.Counts.Duplicate);
        return new IngestResult(run, false, warnings);
    }

    // Medicare's observations come from the fee schedule, whose ingest recomputes every payer's screening; a partition
    // cannot stand in for it, so the partition's payer must be a commercial one.
    private static async Task<Payer> PayerOfAsync(IngestUnitOfWork work, ObservationPartition partition, List<string> warnings, CancellationToken cancellationToken)
    {
        var payers = await work.Db.Payers.AsTracking().Include(p => p.Aliases).ToListAsync(cancellationToken);
        var resolution = PayerResolver.Resolve(payers, null, partition.PayerName);
        if (resolution.Payer.Kind == PayerKind.Medicare)
        {
            throw new IngestionException(partition.Path, "payer", "is a Medicare partition; load the fee schedule with ingest medicare instead");
        }

        if (resolution.Warning is not null)
        {
            work.Db.Payers.Add(resolution.Payer);
            await work.Db.SaveChangesAsync(cancellationToken);
            warnings.Add(resolution.Warning);
        }

        return resolution.Payer;
    }

    private static void Write(IngestUnitOfWork work, int payerId, ObservationPartition partition, List<ExportedObservation> group)
    {
        var writer = work.Writer;
        var rows = new ObservationRow[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            var o = group[i];
            var billingClass = BillingClassRules.ParseTic(o.BillingClass)
                ?? throw new IngestionException(partition.Path, $"row {i}, billing_class", $"unknown billing class '{o.BillingClass}'");
            rows[i] = new ObservationRow(writer.CodeId(o.BillingCode, o.BillingCodeType, null, partition.Path), o.Modifiers, billingClass,
                o.ProviderKey, o.Amount, o.NegotiatedType, writer.ProviderGroupId(o.ProviderKey, NpiSet.From(o.Npis)),
                string.Join(',', o.ServiceCodes.Order(StringComparer.Ordinal)));
        }

        var kept = writer.AddObservations(payerId, partition.Vintage, rows);
        var counts = work.Run.Counts;
        counts.Kept += kept;
        counts.Duplicate += rows.Length - kept;
    }
}
