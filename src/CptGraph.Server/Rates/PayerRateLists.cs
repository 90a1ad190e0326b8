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
        Distributions.Load(services, "Payer.rates", payer.Id, arguments, Served(selection), Key(selection))
            .Then(list => (IReadOnlyList<object>)list.Select(d => new RateRow(new PayerDistribution(d, payer), null, selection)).ToList());

    // The month is chosen among the unscreened rows, as for a code's rates: screening never swaps a payer's latest month
    // for an older one, and a code whose latest month is entirely flagged has no screened row, so it is left out.
    private static Func<IQueryable<RateDistribution>, IQueryable<RateDistribution>> Served(RateSelection selection)
    {
        var (billingClass, modifierKey, screened, asOf) = (selection.BillingClass, selection.ModifierKey, selection.Screened, selection.AsOf);
        return q => q.Where(d => d.BillingClass == billingClass && d.ModifierKey == modifierKey && d.Screened == screened
            && d.VintageMonth == d.Code!.Rates
                .Where(v => v.PayerId == d.PayerId && v.BillingClass == billingClass && v.ModifierKey == modifierKey && !v.Screened
                    && (asOf == null || string.Compare(v.VintageMonth, asOf) <= 0))
                .Max(v => v.VintageMonth));
    }

    private static string Key(RateSelection selection) => $"{selection.BillingClass}/{selection.ModifierKey}/{selection.Screened}/{selection.AsOf}";
}
