using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using GraphQL.DataLoader;

namespace CptGraph.Server.Rates;

/// <summary>
/// A payer's served distributions, one per code (the reverse of a code's <c>rates</c>): for every payer of a request in one
/// SQL query, where the served vintage (the payer's latest unscreened month at or before <c>asOf</c>), the field's
/// <c>where</c> and its <c>order</c> are all applied, so a payer with thousands of codes never loads its other vintages.
/// </summary>
public static class PayerRateLists
{
    private static readonly ChildList<CptGraphDbContext, RateDistribution, RateDistribution> Distributions = new(
        db => db.RateDistributions,
        d => d.PayerId!.Value,
        d => d,
        DefaultOrder<RateDistribution>.By(d => d.Code!.Value),
        AppendKey: true);

    public static IDataLoaderResult<IReadOnlyList<object>> Rows(IServiceProvider services, Payer payer, RateSelection selection, QueryArgumentValues arguments) =>
        Distributions.Load(services, "Payer.rates", payer.Id, arguments, q => q.Where(ServedDistributions.Served(selection)), Key(selection))
            .Then(list => (IReadOnlyList<object>)list.Select(d => new RateRow(new PayerDistribution(d, payer), null, selection)).ToList());

    private static string Key(RateSelection selection) => $"{selection.BatchKey}/{selection.AsOf}";
}
