using System.Data.Common;
using CptGraph.Data;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics.Screening;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Rebuilds, inside the ingest's transaction, the distributions an ingest invalidated — and only those: for a TiC
/// file the (payer, code, vintage) rows it touched plus, for a BUCA payer, the aggregate rows of its codes as of its
/// month and later; other payers' and other vintages' rows are left as they are. The touched observations'
/// screening flags are refreshed first (ghost in SQL over the payer vintage, the other rules per code in
/// <see cref="ObservationScreener"/>); only flags that changed are written back.
/// </summary>
/// <remarks>
/// Work goes in chunks of codes, and each chunk is finished — flags, distributions and the outbox events announcing
/// what changed — and released before the next is read, so memory holds one chunk's observations whatever the file's
/// size. Observations are read by slice (<see cref="ObservationSlices"/>): index seeks, never scans.
/// </remarks>
internal static class DistributionRecomputer
{
    // Codes per chunk: a chunk holds every observation of its codes that the recompute needs.
    private const int ChunkSize = 32;

    /// <summary>Recomputes, and adds to <paramref name="outbox"/> one event per changed distribution group.</summary>
    public static async Task RecomputeAsync(CptGraphDbContext db, RecomputeScope scope, OutboxWriter outbox,
        IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        using var slices = await ObservationSlices.OpenAsync(db, cancellationToken);
        var medicareId = slices.MedicareId;
        if (scope.IsPayerVintage && scope.PayerId != medicareId)
        {
            await GhostRateMarker.MarkAsync(db, scope.PayerId!.Value, scope.VintageMonth!, cancellationToken);
        }

        var plan = await RecomputePlan.CreateAsync(slices, scope, medicareId, cancellationToken);
        using var flagUpdate = IngestCommands.Create(db, """UPDATE "RateObservations" SET "ScreeningFlags" = @flags WHERE "Id" = @id""", "@flags", "@id");
        var codes = scope.CodeIds.Order().Distinct().ToArray();
        var done = 0;
        foreach (var chunk in codes.Chunk(ChunkSize))
        {
            var rows = await plan.ReadAsync(chunk, cancellationToken);
            var distributions = new List<RateDistribution>();
            foreach (var code in rows.GroupBy(r => r.CodeId))
            {
                distributions.AddRange(await RebuildCodeAsync(flagUpdate, plan, code.Key, code.ToList(), medicareId, cancellationToken));
            }

            var before = await outbox.DistributionsAsync(chunk, cancellationToken);
            await DeleteAsync(db, scope, chunk, plan.IsBucaPayer, cancellationToken);
            db.RateDistributions.AddRange(distributions);
            await db.SaveChangesAsync(cancellationToken);
            await outbox.AddChangesAsync(chunk, before, await outbox.DistributionsAsync(chunk, cancellationToken), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            // Saved rows leave the change tracker, or it would hold every distribution and event of the file.
            SavedEntities.Release(db);

            // A chunk's working set lives through many allocations, so it is promoted to gen2 and would sit there as
            // garbage until gen2's (growing) budget ran out: at payer scale that added ~100 MB to peak RSS. One blocking
            // collection per chunk (tens of milliseconds against seconds of work) keeps the heap at one chunk's size.
            GC.Collect();
            done += chunk.Length;
            progress?.Report((done, codes.Length));
        }
    }

    private static async Task<IReadOnlyList<RateDistribution>> RebuildCodeAsync(DbCommand flagUpdate, RecomputePlan plan, int codeId,
        List<RecomputeObservation> rows, int medicareId, CancellationToken cancellationToken)
    {
        var scope = plan.Scope;
        var medicare = new MedicareReference(rows.Where(r => r.Priced.PayerId == medicareId).Select(r => r.Priced));
        var targets = rows.Where(plan.IsTarget).ToList();
        var flags = ObservationScreener.Flag(targets.Select(r => r.Priced).ToList(), medicare, medicareId);
        await StoreChangedFlagsAsync(flagUpdate, targets, flags, cancellationToken);
        var refreshed = targets.Select((r, i) => r.Priced with { Flags = flags[i] }).ToList();
        if (!scope.IsPayerVintage)
        {
            return DistributionBuilder.Build(codeId, refreshed);
        }

        var distributions = DistributionBuilder.BuildPayers(codeId, refreshed).ToList();
        if (plan.IsBucaPayer)
        {
            var otherBuca = rows.Where(r => r.Priced.IsBuca && !plan.IsTarget(r)).Select(r => r.Priced);
            distributions.AddRange(DistributionBuilder.BuildAggregates(codeId, otherBuca.Concat(refreshed).ToList(), scope.VintageMonth));
        }

        return distributions;
    }

    private static async Task StoreChangedFlagsAsync(DbCommand flagUpdate, List<RecomputeObservation> rows, ScreeningFlags[] flags, CancellationToken cancellationToken)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Priced.Flags != flags[i])
            {
                flagUpdate.Parameters[0].Value = (int)flags[i];
                flagUpdate.Parameters[1].Value = rows[i].Id;
                await flagUpdate.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task DeleteAsync(CptGraphDbContext db, RecomputeScope scope, int[] chunk, bool bucaPayer, CancellationToken cancellationToken)
    {
        var stale = db.RateDistributions.Where(d => chunk.Contains(d.CodeId));
        if (scope.IsPayerVintage)
        {
            var (payerId, month) = (scope.PayerId, scope.VintageMonth);
            stale = stale.Where(d => (d.PayerId == payerId && d.VintageMonth == month)
                || (bucaPayer && d.PayerId == null && string.Compare(d.VintageMonth, month) >= 0));
        }

        await stale.ExecuteDeleteAsync(cancellationToken);
    }
}
