using System.Linq.Expressions;
using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics;
using CptGraph.Domain.Statistics.Screening;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Providers;

/// <summary>
/// The one cut of a code's served distributions by a <see cref="ProviderCut"/>, behind both <c>rates(state:, taxonomy:)</c>
/// and <c>benchmark(state:, taxonomy:)</c>: for each commercial distribution the selection serves (the same payer vintage,
/// billing class family, modifier set and screening), the distribution of the observations in the cut, computed on
/// request — a count and a distinct-TIN count in SQL, then one pass over the cut's amounts in order through
/// <see cref="SortedSummaryBuilder"/>, so memory is a few values whatever the cut's size. The BUCA aggregate, when asked
/// for, is cut the same way over the slices it pools (each BUCA payer's latest vintage of the code at or before the
/// aggregate's month). Medicare is national (its observations are localities, not providers) and is kept as stored; a
/// distribution with no observation in the cut is left out.
/// </summary>
public static class ProviderCutDistributions
{
    public static IDataLoaderResult<IReadOnlyList<PayerDistribution>> Load(IServiceProvider services, int codeId, RateSelection selection,
        ProviderCut cut, bool withAggregate, CancellationToken cancellationToken) =>
        RateLists.All(services, codeId, selection).Then(async served =>
        {
            await using var lease = await services.LeaseDbAsync(cancellationToken);
            var db = lease.Db;
            var cutDistributions = new List<PayerDistribution>();
            foreach (var item in served.Where(d => withAggregate || d.Payer is not null))
            {
                var distribution = item.Payer?.Kind == PayerKind.Medicare ? item.Distribution
                    : await CutAsync(db, item.Distribution, await SlicesAsync(db, item.Distribution, cancellationToken), cut, cancellationToken);
                if (distribution is not null)
                {
                    cutDistributions.Add(new PayerDistribution(distribution, item.Payer));
                }
            }

            return (IReadOnlyList<PayerDistribution>)cutDistributions;
        });

    // A payer's distribution is its one vintage; the aggregate pools each BUCA payer's latest vintage of the code at or
    // before its month, read from the stored distributions (a payer vintage holds the code exactly when it has a row for it).
    private static async Task<List<(int PayerId, string Month)>> SlicesAsync(CptGraphDbContext db, RateDistribution served, CancellationToken cancellationToken)
    {
        if (served.PayerId is { } payerId)
        {
            return [(payerId, served.VintageMonth)];
        }

        var (codeId, asOf) = (served.CodeId, served.VintageMonth);
        var latest = await db.RateDistributions.AsNoTracking()
            .Where(d => d.CodeId == codeId && d.PayerId != null && d.Payer!.IsBuca && !d.Screened && string.Compare(d.VintageMonth, asOf) <= 0)
            .GroupBy(d => d.PayerId!.Value).Select(g => new { PayerId = g.Key, Month = g.Max(d => d.VintageMonth) })
            .ToListAsync(cancellationToken);
        return latest.Select(s => (s.PayerId, s.Month!)).ToList();
    }

    private static async Task<RateDistribution?> CutAsync(CptGraphDbContext db, RateDistribution served, List<(int PayerId, string Month)> slices,
        ProviderCut cut, CancellationToken cancellationToken)
    {
        var observations = InCut(db, served, slices, cut);
        var count = slices.Count == 0 ? 0 : await observations.LongCountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        var tins = await observations.Select(o => o.ProviderKey).Distinct().CountAsync(cancellationToken);
        var summary = new SortedSummaryBuilder(count);
        var flags = new List<ScreeningFlags>();
        await foreach (var o in observations.OrderBy(o => o.Amount).Select(o => new { o.Amount, o.ScreeningFlags }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            summary.Add(o.Amount);
            if (o.ScreeningFlags != ScreeningFlags.None)
            {
                flags.Add(o.ScreeningFlags);
            }
        }

        return RecomputedDistribution.Of(served, summary.Build(), tins, ScreeningCounts.Of(flags));
    }

    // EXISTS over the group's NPIs: an observation is counted once however many of its NPIs match.
    private static IQueryable<RateObservation> InCut(CptGraphDbContext db, RateDistribution served, List<(int PayerId, string Month)> slices, ProviderCut cut)
    {
        var sources = BillingClassRules.Sources(served.BillingClass).ToList();
        var (state, taxonomy) = (cut.State, cut.Taxonomy);
        var observations = db.RateObservations.AsNoTracking().Where(InSlices(slices)).Where(o => o.CodeId == served.CodeId
            && o.ModifierKey == served.ModifierKey && sources.Contains(o.BillingClass));
        if (served.Screened)
        {
            observations = observations.Where(o => o.ScreeningFlags == ScreeningFlags.None);
        }

        return observations.Where(o => db.ProviderGroupNpis.Any(n => n.ProviderGroupId == o.ProviderGroupId
            && db.NppesProviders.Any(p => p.Npi == n.Npi && (state == null || p.PracticeState == state) && (taxonomy == null || p.PrimaryTaxonomy == taxonomy))));
    }

    // (PayerId = p1 AND VintageMonth = m1) OR …: each slice an index range seek on the observations' leading columns.
    private static Expression<Func<RateObservation, bool>> InSlices(List<(int PayerId, string Month)> slices)
    {
        var o = Expression.Parameter(typeof(RateObservation), "o");
        Expression any = Expression.Constant(false);
        foreach (var (payerId, month) in slices)
        {
            // Members of a closure, not constants: EF Core sends them as parameters.
            var values = Expression.Constant(new SliceValues(payerId, month));
            any = Expression.OrElse(any, Expression.AndAlso(
                Expression.Equal(Expression.Property(o, nameof(RateObservation.PayerId)), Expression.Property(values, nameof(SliceValues.PayerId))),
                Expression.Equal(Expression.Property(o, nameof(RateObservation.VintageMonth)), Expression.Property(values, nameof(SliceValues.Month)))));
        }

        return Expression.Lambda<Func<RateObservation, bool>>(any, o);
    }

    private sealed record SliceValues(int PayerId, string Month);
}
