using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Rates;

/// <summary>
/// A code's stored distributions for one billing class, modifier set and screening choice, loaded for all codes of a
/// request at once, then narrowed to each payer's latest vintage at or before <c>asOf</c>: commercial payers by name,
/// then Medicare, then the pooled aggregate (no payer).
/// </summary>
public static class RateLists
{
    private static readonly ChildList<CptGraphDbContext, RateDistribution, RateDistribution> Distributions = new(
        db => db.RateDistributions.Include(d => d.Payer),
        d => d.CodeId,
        d => d,
        DefaultOrder<RateDistribution>.By(ServedDistributions.PayerRank).ThenBy(ServedDistributions.PayerName));

    /// <summary>Every distribution the selection serves (aggregate included), for benchmarks.</summary>
    public static IDataLoaderResult<IReadOnlyList<PayerDistribution>> All(IServiceProvider services, int codeId, RateSelection selection) =>
        Latest(services, codeId, selection)
            .Then(list => (IReadOnlyList<PayerDistribution>)list.Select(d => new PayerDistribution(d, d.Payer)).ToList());

    /// <summary>The mean of the code's served Medicare distribution (null without one), from the same batch as <see cref="All"/>.</summary>
    public static IDataLoaderResult<decimal?> MedicareMean(IServiceProvider services, int codeId, RateSelection selection) =>
        Latest(services, codeId, selection).Then(list => list.FirstOrDefault(d => d.Payer?.Kind == PayerKind.Medicare)?.Mean);

    /// <summary>The payers' distributions matching the field's where/order, each with the Medicare mean it is compared against.</summary>
    public static IDataLoaderResult<List<RateRow>> Rows(IServiceProvider services, Code code, RateSelection selection, QueryArgumentValues arguments)
    {
        var all = Latest(services, code.Id, selection);

        // Unfiltered and in the default order, the payers' rows are the benchmark's rows minus the aggregate: no second
        // query. Filtered, SQL applies where/order over every vintage and the served vintages are kept here.
        var payers = arguments == QueryArgumentValues.None
            ? all.Then(list => (IReadOnlyList<RateDistribution>)list.Where(d => d.Payer is not null).ToList())
            : Distributions.Load(services, "rates", code.Id, arguments,
                q => q.Where(ServedDistributions.Selected(selection)).Where(d => d.PayerId != null), selection.BatchKey);
        return DataLoaderResult.Combine(payers, all, (rows, served) =>
        {
            var servedIds = served.Select(d => d.Id).ToHashSet();
            var distributions = served.Select(d => new PayerDistribution(d, d.Payer)).ToList();
            var medicareMean = BenchmarkCalculator.Compute(code.Value, distributions).Medicare?.Distribution.Mean;
            return rows.Where(d => servedIds.Contains(d.Id)).Select(d => new RateRow(new PayerDistribution(d, d.Payer), medicareMean)).ToList();
        });
    }

    // The served vintage is chosen in memory over the request's batch (ServedDistributions.Latest), from the unscreened rows.
    private static IDataLoaderResult<IReadOnlyList<RateDistribution>> Latest(IServiceProvider services, int codeId, RateSelection selection)
    {
        var everyVintage = RateDistributionsByCodeDataLoader.Load(services, codeId, selection with { Screened = false });
        var chosen = selection.Screened ? RateDistributionsByCodeDataLoader.Load(services, codeId, selection) : everyVintage;
        return DataLoaderResult.Combine(everyVintage, chosen,
            (all, rows) => (IReadOnlyList<RateDistribution>)ServedDistributions.Latest(all, rows, selection.AsOf));
    }
}
