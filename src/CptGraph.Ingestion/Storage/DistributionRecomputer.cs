using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
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
public static class DistributionRecomputer
{
    // Codes per load: bounds memory at payer scale (a chunk holds every observation of its codes).
    private const int ChunkSize = 10;

    // Ids per flag UPDATE: one statement per few hundred rows, well inside every provider's parameter limit.
    private const int IdsPerUpdate = 500;

    public static async Task RecomputeAsync(CptGraphDbContext db, RecomputeScope scope, CancellationToken cancellationToken)
    {
        var medicareId = await db.Payers.Where(p => p.Kind == PayerKind.Medicare).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var bucaPayer = false;
        if (scope.IsPayerVintage)
        {
            bucaPayer = await db.Payers.Where(p => p.Id == scope.PayerId).Select(p => p.IsBuca).FirstOrDefaultAsync(cancellationToken);
            if (scope.PayerId != medicareId)
            {
                await GhostRateMarker.MarkAsync(db, scope.PayerId!.Value, scope.VintageMonth!, cancellationToken);
            }
        }

        foreach (var chunk in scope.CodeIds.Chunk(ChunkSize))
        {
            var rows = await LoadAsync(db, scope, chunk, bucaPayer, medicareId, cancellationToken);
            var distributions = new List<RateDistribution>();
            foreach (var code in rows.GroupBy(r => r.CodeId))
            {
                distributions.AddRange(await RebuildCodeAsync(db, scope, code.Key, code.ToList(), bucaPayer, medicareId, cancellationToken));
            }

            await DeleteAsync(db, scope, chunk, bucaPayer, cancellationToken);
            db.RateDistributions.AddRange(distributions);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<RateDistribution>> RebuildCodeAsync(CptGraphDbContext db, RecomputeScope scope, int codeId,
        List<ObservationRow> rows, bool bucaPayer, int medicareId, CancellationToken cancellationToken)
    {
        var medicare = new MedicareReference(rows.Where(r => r.PayerId == medicareId).Select(r => r.Priced));
        var targets = rows.Where(r => InScope(scope, r)).ToList();
        var flags = ObservationScreener.Flag(targets.Select(r => r.Priced).ToList(), medicare, medicareId);
        await StoreChangedFlagsAsync(db, targets, flags, cancellationToken);
        var refreshed = targets.Select((r, i) => r.Priced with { Flags = flags[i] }).ToList();
        if (!scope.IsPayerVintage)
        {
            return DistributionBuilder.Build(codeId, refreshed);
        }

        var distributions = DistributionBuilder.BuildPayers(codeId, refreshed).ToList();
        if (bucaPayer)
        {
            var otherBuca = rows.Where(r => r.IsBuca && !InScope(scope, r)).Select(r => r.Priced);
            distributions.AddRange(DistributionBuilder.BuildAggregates(codeId, otherBuca.Concat(refreshed).ToList(), scope.VintageMonth));
        }

        return distributions;
    }

    private static async Task StoreChangedFlagsAsync(CptGraphDbContext db, List<ObservationRow> rows, ScreeningFlags[] flags, CancellationToken cancellationToken)
    {
        var changed = rows.Select((r, i) => (r.Id, Old: r.Flags, New: flags[i])).Where(c => c.Old != c.New);
        foreach (var group in changed.GroupBy(c => c.New))
        {
            foreach (var ids in group.Select(c => c.Id).Chunk(IdsPerUpdate))
            {
                await db.RateObservations.Where(o => ids.Contains(o.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.ScreeningFlags, group.Key), cancellationToken);
            }
        }
    }

    private static bool InScope(RecomputeScope scope, ObservationRow row) =>
        !scope.IsPayerVintage || (row.PayerId == scope.PayerId && row.VintageMonth == scope.VintageMonth);

    private static async Task<List<ObservationRow>> LoadAsync(CptGraphDbContext db, RecomputeScope scope, int[] chunk, bool bucaPayer,
        int medicareId, CancellationToken cancellationToken)
    {
        var observations = db.RateObservations.Where(o => chunk.Contains(o.CodeId));
        if (!scope.IsPayerVintage)
        {
            return await Select(db, observations).ToListAsync(cancellationToken);
        }

        var (payerId, month) = (scope.PayerId!.Value, scope.VintageMonth!);
        var rows = await Select(db, observations.Where(o => (o.PayerId == payerId && o.VintageMonth == month) || o.PayerId == medicareId))
            .ToListAsync(cancellationToken);
        if (bucaPayer)
        {
            rows.AddRange(await LoadAggregateInputsAsync(db, payerId, month, chunk, cancellationToken));
        }

        return rows;
    }

    // Aggregates as of months before this vintage cannot change, so only those from it on are rebuilt. They need this
    // payer's later vintages and, of every other BUCA payer, its vintages from its latest one at or before this month.
    private static async Task<List<ObservationRow>> LoadAggregateInputsAsync(CptGraphDbContext db, int payerId, string month, int[] chunk,
        CancellationToken cancellationToken)
    {
        var rows = new List<ObservationRow>();
        foreach (var buca in await db.Payers.Where(p => p.IsBuca).Select(p => p.Id).ToListAsync(cancellationToken))
        {
            var from = month;
            if (buca != payerId)
            {
                var earlier = await db.RateObservations
                    .Where(o => o.PayerId == buca && chunk.Contains(o.CodeId) && string.Compare(o.VintageMonth, month) <= 0)
                    .Select(o => new { o.CodeId, o.VintageMonth }).Distinct().ToListAsync(cancellationToken);
                from = earlier.GroupBy(e => e.CodeId).Select(g => g.Max(e => e.VintageMonth)!).DefaultIfEmpty(month).Min(StringComparer.Ordinal)!;
            }

            var observations = db.RateObservations.Where(o => o.PayerId == buca && chunk.Contains(o.CodeId)
                && string.Compare(o.VintageMonth, from) >= 0 && !(o.PayerId == payerId && o.VintageMonth == month));
            rows.AddRange(await Select(db, observations).ToListAsync(cancellationToken));
        }

        return rows;
    }

    private static IQueryable<ObservationRow> Select(CptGraphDbContext db, IQueryable<RateObservation> observations) =>
        from o in observations
        join p in db.Payers on o.PayerId equals p.Id
        join r in db.Set<IngestRun>() on o.IngestRunId equals r.Id
        select new ObservationRow(o.Id, o.CodeId, o.PayerId, p.IsBuca, o.ModifierKey, o.BillingClass, o.Amount, r.IsDemo, o.VintageMonth, o.ScreeningFlags);

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

    private sealed record ObservationRow(long Id, int CodeId, int PayerId, bool IsBuca, string ModifierKey, TicBillingClass BillingClass,
        decimal Amount, bool IsDemo, string VintageMonth, ScreeningFlags Flags)
    {
        public PricedObservation Priced => new(PayerId, IsBuca, ModifierKey, BillingClass, Amount, IsDemo, VintageMonth, Flags);
    }
}
