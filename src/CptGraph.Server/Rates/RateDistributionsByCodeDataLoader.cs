using System.Linq.Expressions;
using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Rates;

/// <summary>
/// Every vintage of the codes' distributions for one billing class, modifier set and screening choice, with their payers,
/// in the payer order (<see cref="ServedDistributions"/>): the rows every <c>rates</c> and
/// <c>benchmark</c> field starts from, loaded for all codes of a request in one statement.
/// </summary>
/// <remarks>
/// This is the hottest query of the API, so it is compiled once (no expression building, funcletizing or cache lookup
/// per request) and joins the payer instead of including it: EF Core 10 builds a reference include's fix-up as a nested
/// lambda that costs a delegate creation per row, which the profile showed as a large share of request time.
/// </remarks>
public static class RateDistributionsByCodeDataLoader
{
    // Declared before the compiled queries that read it: static fields initialise in order.
    private static readonly Expression<Func<CptGraphDbContext, List<int>, BillingClass, string, bool, IQueryable<PayerDistribution>>> Query =
        (db, codeIds, billingClass, modifierKey, screened) =>
            from d in db.RateDistributions
            where codeIds.Contains(d.CodeId) && ServedDistributions.IsSelected(d, billingClass, modifierKey, screened)
            join p in db.Payers on d.PayerId equals (int?)p.Id into payers
            from p in payers.DefaultIfEmpty()
            select new PayerDistribution(d, p);

    private static readonly CompiledPerStore<Func<CptGraphDbContext, List<int>, BillingClass, string, bool, IAsyncEnumerable<PayerDistribution>>> Compiled =
        new(() => EF.CompileAsyncQuery(ServedDistributions.Expand(Query)));

    public static IDataLoaderResult<IReadOnlyList<RateDistribution>> Load(IServiceProvider services, int codeId, RateSelection selection) =>
        services.GetRequiredService<RequestDataLoaders>().Get<int, IReadOnlyList<RateDistribution>>(
            $"distributions({selection.BatchKey})",
            (ids, cancellationToken) => FetchAsync(services, ids, selection, cancellationToken),
            []).Load(codeId);

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<RateDistribution>>> FetchAsync(IServiceProvider services, IReadOnlyList<int> codeIds,
        RateSelection selection, CancellationToken cancellationToken)
    {
        await using var lease = await services.LeaseDbAsync(cancellationToken);
        var db = lease.Db;
        var byCode = new Dictionary<int, IReadOnlyList<RateDistribution>>();
        var query = Compiled.For(db);
        await foreach (var row in query(db, [.. codeIds], selection.BillingClass, selection.ModifierKey, selection.Screened).WithCancellation(cancellationToken))
        {
            row.Distribution.Payer = row.Payer;
            if (!byCode.TryGetValue(row.Distribution.CodeId, out var list))
            {
                byCode[row.Distribution.CodeId] = list = new List<RateDistribution>();
            }

            ((List<RateDistribution>)list).Add(row.Distribution);
        }

        // Sorted here rather than in SQL: the payer order is one rule (ServedDistributions), and a code's list is a handful of rows.
        return byCode.ToDictionary(e => e.Key, e => (IReadOnlyList<RateDistribution>)ServedDistributions.InPayerOrder(e.Value, d => d).ToList());
    }
}
