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
        Latest(services, codeId, selection).Then(MedicareMeanOf);

    /// <summary>The payers' distributions matching the field's where/order, each with the Medicare mean it is compared against.</summary>
    public static IDataLoaderResult<List<RateRow>> Rows(IServiceProvider services, Code code, RateSelection selection, QueryArgumentValues arguments)
    {
        var all = Latest(services, code.Id, selection);

        // Unfiltered and in the default order, the payers' rows are the served rows minus the aggregate, in their order:
        // no second query and nothing to match up (the code page and every codes page ask this way).
        if (arguments == QueryArgumentValues.None)
        {
            return all.Then(served => RowsOf(served, served));
        }

        // Filtered, SQL applies where/order over every vintage and the served vintages are kept here (in memory where
        // Medicare is priced on request).
        var payers = selection.Setting != MedicareSetting.NonFacility
            ? all.Then(list => InMemory(services, code, list, arguments))
            : Distributions.Load(services, "rates", code.Id, arguments,
                q => q.Where(ServedDistributions.Selected(selection)).Where(d => d.PayerId != null), selection.BatchKey);
        return DataLoaderResult.Combine(payers, all, (rows, served) =>
        {
            var servedIds = served.Select(d => d.Id).ToHashSet();
            return RowsOf(rows.Where(d => servedIds.Contains(d.Id)), served);
        });
    }

    // The payers' rows among rows, in rows' order, each beside the served Medicare mean (the benchmark's Medicare side).
    private static List<RateRow> RowsOf(IEnumerable<RateDistribution> rows, IReadOnlyList<RateDistribution> served)
    {
        var medicareMean = MedicareMeanOf(served);
        var list = new List<RateRow>(served.Count);
        foreach (var d in rows)
        {
            if (d.Payer is not null)
            {
                list.Add(new RateRow(new PayerDistribution(d, d.Payer), medicareMean));
            }
        }

        return list;
    }

    // The benchmark's Medicare side (BenchmarkCalculator.Compute): the first served payer row of a Medicare payer.
    private static decimal? MedicareMeanOf(IReadOnlyList<RateDistribution> served) =>
        served.FirstOrDefault(d => d.Payer?.Kind == PayerKind.Medicare)?.Mean;

    // A Medicare distribution priced on request has no row for SQL to filter: the field's where/order then run over the served
    // rows in memory, through the same query engine (LINQ to objects over the same expressions), so they mean the same.
    private static IReadOnlyList<RateDistribution> InMemory(IServiceProvider services, Code code, IReadOnlyList<RateDistribution> served, QueryArgumentValues arguments)
    {
        var payers = served.Where(d => d.Payer is not null).ToList();
        foreach (var d in payers)
        {
            d.Code ??= code;
        }

        return services.GetRequiredService<QueryEngine>().Apply(payers.AsQueryable(), d => d, arguments, Distributions.DefaultOrder, appendKey: false).ToList();
    }

    /// <summary>The code's benchmark for the selection: its Medicare side priced for the setting asked, and whether CMS flags it NA.</summary>
    public static IDataLoaderResult<Benchmark> BenchmarkOf(IServiceProvider services, Code code, RateSelection selection) =>
        BenchmarkOf(services, code, selection, All(services, code.Id, selection));

    /// <summary>
    /// The benchmark over <paramref name="distributions"/> (the served ones of <see cref="All"/>, or a provider cut of them),
    /// with the setting's Medicare NA flag.
    /// </summary>
    public static IDataLoaderResult<Benchmark> BenchmarkOf(IServiceProvider services, Code code, RateSelection selection,
        IDataLoaderResult<IReadOnlyList<PayerDistribution>> distributions) =>
        selection.Setting == MedicareSetting.NonFacility
            ? distributions.Then(all => BenchmarkCalculator.Compute(code.Value, all))
            : DataLoaderResult.Combine(distributions, MedicareSides.Load(services, code.Id, selection),
                (all, medicare) => BenchmarkCalculator.Compute(code.Value, all, selection.Setting, medicare.NotApplicable));

    /// <summary>
    /// The stored distributions the selection serves (Medicare's the NON_FACILITY ones): the served vintage is chosen in memory
    /// over the request's batch (ServedDistributions.Latest), from the unscreened rows.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<RateDistribution>> Stored(IServiceProvider services, int codeId, RateSelection selection)
    {
        var everyVintage = RateDistributionsByCodeDataLoader.Load(services, codeId, selection with { Screened = false });
        return selection.Screened
            ? DataLoaderResult.Combine(everyVintage, RateDistributionsByCodeDataLoader.Load(services, codeId, selection),
                (all, rows) => (IReadOnlyList<RateDistribution>)ServedDistributions.Latest(all, rows, selection.AsOf))
            : everyVintage.Then(all => (IReadOnlyList<RateDistribution>)ServedDistributions.Latest(all, all, selection.AsOf));
    }

    // Stored, with Medicare's distribution priced for the setting (MedicareSides) in its place, or left out where there is none.
    private static IDataLoaderResult<IReadOnlyList<RateDistribution>> Latest(IServiceProvider services, int codeId, RateSelection selection) =>
        selection.Setting == MedicareSetting.NonFacility
            ? Stored(services, codeId, selection)
            : DataLoaderResult.Combine(Stored(services, codeId, selection), MedicareSides.Load(services, codeId, selection), (stored, medicare) =>
                (IReadOnlyList<RateDistribution>)stored
                    .Select(d => d.Payer?.Kind == PayerKind.Medicare ? medicare.Distribution : d)
                    .OfType<RateDistribution>()
                    .ToList());
}
