using System.Linq.Expressions;
using CptGraph.Data;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics;
using CptGraph.Domain.Statistics.Screening;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Providers;

/// <summary>
/// The SQL of <see cref="ProviderCutDistributions"/>: any number of served distributions (several codes, payers and
/// aggregates of one selection) cut in at most three statements — the aggregates' slices (each BUCA payer's latest vintage
/// of the code at or before the aggregate's month, when an aggregate is cut), the count and distinct-TIN count of every
/// slice and every aggregate (one <c>UNION ALL</c>), then one pass over all the slices' cut amounts in order, each fed
/// to the <see cref="SortedSummaryBuilder"/> of every distribution that pools its slice. So memory stays a few values
/// per distribution whatever the cut's size, and an observation's <c>EXISTS</c> over the NPIs is evaluated in two
/// statements (three times when an aggregate pools it), not in three statements per distribution and field.
/// </summary>
internal static class ProviderCutQuery
{
    // The counts' key of a code's aggregate: no payer has id 0, and the aggregate has no vintage of its own.
    private const int AggregateKey = 0;

    /// <summary>Each distribution's cut, keyed by the served row (a reference: rows are not compared by value); one with no observation in the cut is absent.</summary>
    public static async Task<Dictionary<RateDistribution, RateDistribution>> RecomputeAsync(CptGraphDbContext db, IReadOnlyList<RateDistribution> served,
        RateSelection selection, ProviderCut cut, CancellationToken cancellationToken)
    {
        var aggregates = served.Where(d => d.PayerId is null).ToList();
        var pooledSlices = aggregates.Count == 0 ? [] : await AggregateSlicesAsync(db, aggregates, cancellationToken);
        var slicesOf = served.ToDictionary(d => d, d => d.PayerId is { } payerId ? [new ProviderCutSlice(d.CodeId, payerId, d.VintageMonth)] : pooledSlices[d]);
        var slices = slicesOf.Values.SelectMany(s => s).Distinct().ToList();
        if (slices.Count == 0)
        {
            return [];
        }

        // Counts first: the streaming builder needs a distribution's count before its first amount.
        var observations = InCut(db, selection, cut);
        var counts = await CountsAsync(observations, slices, slicesOf.Where(s => s.Key.PayerId is null).SelectMany(s => s.Value).ToList(), cancellationToken);
        var builders = new Dictionary<RateDistribution, Builder>();
        var feeds = slices.ToDictionary(s => s, _ => new List<Builder>());
        foreach (var (distribution, pooled) in slicesOf)
        {
            var key = distribution.PayerId is null ? new ProviderCutSlice(distribution.CodeId, AggregateKey, "") : pooled[0];
            if (counts.TryGetValue(key, out var count) && count.Count > 0)
            {
                var builder = builders[distribution] = new Builder(count.Count, count.Tins);
                pooled.ForEach(slice => feeds[slice].Add(builder));
            }
        }

        await foreach (var o in observations.Where(InSlices(slices)).OrderBy(o => o.Amount)
            .Select(o => new { o.CodeId, o.PayerId, o.VintageMonth, o.Amount, o.ScreeningFlags }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var builder in feeds[new ProviderCutSlice(o.CodeId, o.PayerId, o.VintageMonth)])
            {
                builder.Add(o.Amount, o.ScreeningFlags);
            }
        }

        return builders.ToDictionary(b => b.Key, b => b.Value.Build(b.Key));
    }

    // The aggregate's slices, read from the stored distributions (a payer vintage holds the code exactly when it has a row
    // for it): every BUCA vintage month of the codes, the latest at or before each aggregate's month chosen here.
    private static async Task<Dictionary<RateDistribution, List<ProviderCutSlice>>> AggregateSlicesAsync(CptGraphDbContext db,
        List<RateDistribution> aggregates, CancellationToken cancellationToken)
    {
        var codeIds = aggregates.Select(a => a.CodeId).Distinct().ToList();
        var latest = aggregates.Select(a => a.VintageMonth).Max(StringComparer.Ordinal);
        var vintages = await db.RateDistributions.AsNoTracking()
            .Where(d => codeIds.Contains(d.CodeId) && d.PayerId != null && d.Payer!.IsBuca && !d.Screened && string.Compare(d.VintageMonth, latest) <= 0)
            .Select(d => new { d.CodeId, PayerId = d.PayerId!.Value, d.VintageMonth })
            .Distinct()
            .ToListAsync(cancellationToken);
        return aggregates.ToDictionary(a => a, a => vintages
            .Where(v => v.CodeId == a.CodeId && string.CompareOrdinal(v.VintageMonth, a.VintageMonth) <= 0)
            .GroupBy(v => v.PayerId)
            .Select(g => new ProviderCutSlice(a.CodeId, g.Key, g.Select(v => v.VintageMonth).Max(StringComparer.Ordinal)!))
            .ToList());
    }

    // One statement: per slice, then per code over its aggregate's slices (AggregateKey): the count and the distinct TINs
    // (a TIN priced by two BUCA payers counts once in the aggregate).
    private static async Task<Dictionary<ProviderCutSlice, (long Count, int Tins)>> CountsAsync(IQueryable<RateObservation> observations,
        List<ProviderCutSlice> slices, List<ProviderCutSlice> pooled, CancellationToken cancellationToken)
    {
        var perSlice = observations.Where(InSlices(slices)).GroupBy(o => new { o.CodeId, o.PayerId, o.VintageMonth })
            .Select(g => new { g.Key.CodeId, g.Key.PayerId, Month = g.Key.VintageMonth, Count = g.LongCount(), Tins = g.Select(o => o.ProviderKey).Distinct().Count() });
        var perAggregate = observations.Where(InSlices(pooled)).GroupBy(o => o.CodeId)
            .Select(g => new { CodeId = g.Key, PayerId = AggregateKey, Month = "", Count = g.LongCount(), Tins = g.Select(o => o.ProviderKey).Distinct().Count() });
        var rows = await (pooled.Count == 0 ? perSlice : perSlice.Concat(perAggregate)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => new ProviderCutSlice(r.CodeId, r.PayerId, r.Month), r => (r.Count, r.Tins));
    }

    // The selection's observations of the code in the cut: EXISTS over the group's NPIs, so an observation is counted once
    // however many of its NPIs match.
    private static IQueryable<RateObservation> InCut(CptGraphDbContext db, RateSelection selection, ProviderCut cut)
    {
        var sources = BillingClassRules.Sources(selection.BillingClass).ToList();
        var (state, taxonomy, modifierKey) = (cut.State, cut.Taxonomy, selection.ModifierKey);
        var observations = db.RateObservations.AsNoTracking().Where(o => o.ModifierKey == modifierKey && sources.Contains(o.BillingClass));
        if (selection.Screened)
        {
            observations = observations.Where(o => o.ScreeningFlags == ScreeningFlags.None);
        }

        return observations.Where(o => db.ProviderGroupNpis.Any(n => n.ProviderGroupId == o.ProviderGroupId
            && db.NppesProviders.Any(p => p.Npi == n.Npi && (state == null || p.PracticeState == state) && (taxonomy == null || p.PrimaryTaxonomy == taxonomy))));
    }

    // (PayerId = p1 AND VintageMonth = m1 AND CodeId = c1) OR …: each slice an index range seek on the observations'
    // leading columns.
    private static Expression<Func<RateObservation, bool>> InSlices(List<ProviderCutSlice> slices)
    {
        var o = Expression.Parameter(typeof(RateObservation), "o");
        Expression any = Expression.Constant(false);
        foreach (var slice in slices)
        {
            // Members of a closure, not constants: EF Core sends them as parameters.
            var values = Expression.Constant(new SliceValues(slice.PayerId, slice.Month, slice.CodeId));
            any = Expression.OrElse(any, Expression.AndAlso(Expression.AndAlso(
                Expression.Equal(Expression.Property(o, nameof(RateObservation.PayerId)), Expression.Property(values, nameof(SliceValues.PayerId))),
                Expression.Equal(Expression.Property(o, nameof(RateObservation.VintageMonth)), Expression.Property(values, nameof(SliceValues.Month)))),
                Expression.Equal(Expression.Property(o, nameof(RateObservation.CodeId)), Expression.Property(values, nameof(SliceValues.CodeId)))));
        }

        return Expression.Lambda<Func<RateObservation, bool>>(any, o);
    }

    private sealed record SliceValues(int PayerId, string Month, int CodeId);

    // One cut distribution in the making: its amounts arrive in order, its count and distinct TINs are known first.
    private sealed class Builder(long count, int tins)
    {
        private readonly SortedSummaryBuilder _summary = new(count);
        private readonly List<ScreeningFlags> _flags = [];

        public void Add(decimal amount, ScreeningFlags flags)
        {
            _summary.Add(amount);
            if (flags != ScreeningFlags.None)
            {
                _flags.Add(flags);
            }
        }

        public RateDistribution Build(RateDistribution served) => RecomputedDistribution.Of(served, _summary.Build(), tins, ScreeningCounts.Of(_flags));
    }
}
