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
/// in the default order (commercial payers by name, then Medicare, then the aggregate): the rows every <c>rates</c> and
/// <c>benchmark</c> field starts from, loaded for all codes of a request in one statement.
/// </summary>
/// <remarks>
/// This is the hottest query of the API, so it is compiled once (no expression building, funcletizing or cache lookup
/// per request) and joins the payer instead of including it: EF Core 10 builds a reference include's fix-up as a nested
/// lambda that costs a delegate creation per row, which the profile showed as a large share of request time.
/// </remarks>
public static class RateDistributionsByCodeDataLoader
{
    // A compiled query is bound to the first model it runs on: one per store, for a process (the tests) that serves both.
    private static readonly Func<CptGraphDbContext, List<int>, BillingClass, string, bool, IAsyncEnumerable<PayerDistribution>> SqliteQuery = Compile();
    private static readonly Func<CptGraphDbContext, List<int>, BillingClass, string, bool, IAsyncEnumerable<PayerDistribution>> PostgresQuery = Compile();

    private static Func<CptGraphDbContext, List<int>, BillingClass, string, bool, IAsyncEnumerable<PayerDistribution>> Compile() =>
        EF.CompileAsyncQuery((CptGraphDbContext db, List<int> codeIds, BillingClass billingClass, string modifierKey, bool screened) =>
            from d in db.RateDistributions
            where codeIds.Contains(d.CodeId) && d.BillingClass == billingClass && d.ModifierKey == modifierKey && d.Screened == screened
            join p in db.Payers on d.PayerId equals (int?)p.Id into payers
            from p in payers.DefaultIfEmpty()
            orderby (p == null ? 2 : p.Kind == PayerKind.Medicare ? 1 : 0), p!.Name
            select new PayerDistribution(d, p));

    public static IDataLoaderResult<IReadOnlyList<RateDistribution>> Load(IServiceProvider services, int codeId, RateSelection selection) =>
        services.GetRequiredService<RequestDataLoaders>().Get<int, IReadOnlyList<RateDistribution>>(
            $"distributions({selection.BatchKey})",
            (ids, cancellationToken) => FetchAsync(services, ids, selection, cancellationToken),
            []).Load(codeId);

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<RateDistribution>>> FetchAsync(IServiceProvider services, IReadOnlyList<int> codeIds,
        RateSelection selection, CancellationToken cancellationToken)
    {
        await using var db = await services.CreateDbAsync(cancellationToken);
        var byCode = new Dictionary<int, IReadOnlyList<RateDistribution>>();
        var query = db.Database.IsNpgsql() ? PostgresQuery : SqliteQuery;
        await foreach (var row in query(db, [.. codeIds], selection.BillingClass, selection.ModifierKey, selection.Screened).WithCancellation(cancellationToken))
        {
            row.Distribution.Payer = row.Payer;
            if (!byCode.TryGetValue(row.Distribution.CodeId, out var list))
            {
                byCode[row.Distribution.CodeId] = list = new List<RateDistribution>();
            }

            ((List<RateDistribution>)list).Add(row.Distribution);
        }

        return byCode;
    }
}
