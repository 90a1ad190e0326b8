using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
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
/// <c>rates(state:, taxonomy:)</c>: for each commercial distribution the selection serves (the same payer vintage, billing
/// class family, modifier set and screening), the distribution of the observations in the <see cref="ProviderCut"/>,
/// computed on request: a count, then one pass over the cut's amounts in order through <see cref="SortedSummaryBuilder"/>,
/// so memory is a few values whatever the cut's size. Medicare is national (its observations are localities, not
/// providers) and is served as stored; a payer with no observation in the cut is left out.
/// </summary>
public static class ProviderCutRates
{
    public static IDataLoaderResult<List<RateRow>> Rows(IServiceProvider services, Code code, RateSelection selection, ProviderCut cut,
        CancellationToken cancellationToken) =>
        RateLists.All(services, code.Id, selection).Then(async served =>
        {
            var medicareMean = BenchmarkCalculator.Compute(code.Value, served).Medicare?.Distribution.Mean;
            await using var db = await services.CreateDbAsync(cancellationToken);
            var rows = new List<RateRow>();
            foreach (var item in served.Where(d => d.Payer is not null))
            {
                var distribution = item.Payer!.Kind == PayerKind.Medicare ? item.Distribution : await CutAsync(db, item.Distribution, cut, cancellationToken);
                if (distribution is not null)
                {
                    rows.Add(new RateRow(new PayerDistribution(distribution, item.Payer), medicareMean));
                }
            }

            return rows;
        });

    private static async Task<RateDistribution?> CutAsync(CptGraphDbContext db, RateDistribution served, ProviderCut cut, CancellationToken cancellationToken)
    {
        var observations = InCut(db, served, cut);
        var count = await observations.LongCountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

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

        var statistics = summary.Build();
        return new RateDistribution
        {
            PayerId = served.PayerId,
            Payer = served.Payer,
            CodeId = served.CodeId,
            BillingClass = served.BillingClass,
            ModifierKey = served.ModifierKey,
            VintageMonth = served.VintageMonth,
            Screened = served.Screened,
            Count = statistics.Count,
            Min = AsStored(statistics.Min),
            P10 = AsStored(statistics.P10),
            P25 = AsStored(statistics.P25),
            Median = AsStored(statistics.Median),
            P75 = AsStored(statistics.P75),
            P90 = AsStored(statistics.P90),
            Max = AsStored(statistics.Max),
            Mean = AsStored(statistics.Mean),
            IsDemo = served.IsDemo,
            Screening = ScreeningCounts.Of(flags),
        };
    }

    // A stored distribution reads back through double precision (CptGraphDbContext), which drops trailing zeros (110.00 → 110):
    // the cut is served the same way, so a cut that selects every observation prints exactly the stored numbers.
    private static decimal AsStored(decimal value) => (decimal)(double)value;

    // EXISTS over the group's NPIs: an observation is counted once however many of its NPIs match.
    private static IQueryable<RateObservation> InCut(CptGraphDbContext db, RateDistribution served, ProviderCut cut)
    {
        var sources = BillingClassRules.Sources(served.BillingClass).ToList();
        var (state, taxonomy) = (cut.State, cut.Taxonomy);
        var observations = db.RateObservations.AsNoTracking().Where(o => o.PayerId == served.PayerId && o.VintageMonth == served.VintageMonth
            && o.CodeId == served.CodeId && o.ModifierKey == served.ModifierKey && sources.Contains(o.BillingClass));
        if (served.Screened)
        {
            observations = observations.Where(o => o.ScreeningFlags == ScreeningFlags.None);
        }

        return observations.Where(o => db.ProviderGroupNpis.Any(n => n.ProviderGroupId == o.ProviderGroupId
            && db.NppesProviders.Any(p => p.Npi == n.Npi && (state == null || p.PracticeState == state) && (taxonomy == null || p.PrimaryTaxonomy == taxonomy))));
    }
}
