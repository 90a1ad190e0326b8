using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Server.Querying;
using CptGraph.Server.Querying.DataLoaders;
using CptGraph.Server.Querying.Sorting;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Rates;

/// <summary>
/// A code's stored distributions for one billing class and modifier set, loaded for all codes of a request at once:
/// commercial payers by name, then Medicare, then the pooled aggregate (no payer).
/// </summary>
public static class RateLists
{
    private static readonly ChildList<RateDistribution, RateDistribution> Distributions = new(
        db => db.RateDistributions.Include(d => d.Payer),
        d => d.CodeId,
        d => d,
        DefaultOrder<RateDistribution>.By(d => d.Payer == null ? 2 : d.Payer.Kind == PayerKind.Medicare ? 1 : 0).ThenBy(d => d.Payer!.Name));

    /// <summary>Every distribution of the code (aggregate included), for benchmarks.</summary>
    public static IDataLoaderResult<IReadOnlyList<PayerDistribution>> All(IServiceProvider services, int codeId, BillingClass billingClass, string modifierKey) =>
        Distributions.Load(services, "distributions", codeId, QueryArgumentValues.None, Narrow(billingClass, modifierKey), $"{billingClass}/{modifierKey}")
            .Then(list => (IReadOnlyList<PayerDistribution>)list.Select(d => new PayerDistribution(d, d.Payer)).ToList());

    /// <summary>The payers' distributions matching the field's where/order, each with the Medicare mean it is compared against.</summary>
    public static IDataLoaderResult<List<RateRow>> Rows(IServiceProvider services, Code code, BillingClass billingClass, string modifierKey, QueryArgumentValues arguments)
    {
        var all = All(services, code.Id, billingClass, modifierKey);

        // Unfiltered and in the default order, the payers' rows are the benchmark's rows minus the aggregate: no second query.
        var payers = arguments == QueryArgumentValues.None
            ? all.Then(list => (IReadOnlyList<RateDistribution>)list.Where(d => d.Payer is not null).Select(d => d.Distribution).ToList())
            : Distributions.Load(services, "rates", code.Id, arguments,
                q => Narrow(billingClass, modifierKey)(q).Where(d => d.PayerId != null), $"{billingClass}/{modifierKey}");
        return DataLoaderResult.Combine(payers, all, (rows, distributions) =>
        {
            var medicareMean = BenchmarkCalculator.Compute(code.Value, distributions).Medicare?.Distribution.Mean;
            return rows.Select(d => new RateRow(new PayerDistribution(d, d.Payer), medicareMean)).ToList();
        });
    }

    private static Func<IQueryable<RateDistribution>, IQueryable<RateDistribution>> Narrow(BillingClass billingClass, string modifierKey) =>
        q => q.Where(d => d.BillingClass == billingClass && d.ModifierKey == modifierKey);
}
