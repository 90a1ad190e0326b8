using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;

namespace CptGraph.Server.Providers;

/// <summary>
/// The one cut of a code's served distributions by a <see cref="ProviderCut"/>, behind both <c>rates(state:, taxonomy:)</c>
/// and <c>benchmark(state:, taxonomy:)</c>: for each commercial distribution the selection serves (the same payer vintage,
/// billing class family, modifier set and screening), the distribution of the observations in the cut, computed on
/// request by <see cref="ProviderCutQuery"/>. The BUCA aggregate, when asked for, is cut the same way over the slices it
/// pools (each BUCA payer's latest vintage of the code at or before the aggregate's month). Medicare is national (its
/// observations are localities, not providers) and is kept as served; a distribution with no observation in the cut is
/// left out.
/// </summary>
/// <remarks>
/// A data loader keyed by (code, aggregate wanted), one per selection and cut: a request's <c>rates</c> and
/// <c>benchmark</c> cuts of every code are computed together, in the same few statements whatever the number of codes
/// and payers, and a code asked for by both fields is computed once.
/// </remarks>
public static class ProviderCutDistributions
{
    public static IDataLoaderResult<IReadOnlyList<PayerDistribution>> Load(IServiceProvider services, int codeId, RateSelection selection,
        ProviderCut cut, bool withAggregate) =>
        services.GetRequiredService<RequestDataLoaders>().Get<(int CodeId, bool WithAggregate), IReadOnlyList<PayerDistribution>>(
            $"providerCut({selection.ServedKey}/{cut.State}/{cut.Taxonomy})",
            (requests, cancellationToken) => FetchAsync(services, requests, selection, cut, cancellationToken),
            []).Load((codeId, withAggregate));

    private static async Task<IReadOnlyDictionary<(int CodeId, bool WithAggregate), IReadOnlyList<PayerDistribution>>> FetchAsync(IServiceProvider services,
        IReadOnlyList<(int CodeId, bool WithAggregate)> requests, RateSelection selection, ProviderCut cut, CancellationToken cancellationToken)
    {
        // Every code's served list is asked for before any is awaited, so those not loaded yet share one batch.
        var codes = requests.Select(r => r.CodeId).Distinct().ToList();
        var loads = codes.Select(codeId => RateLists.All(services, codeId, selection)).ToList();
        var served = new Dictionary<int, IReadOnlyList<PayerDistribution>>();
        for (var i = 0; i < codes.Count; i++)
        {
            served[codes[i]] = await loads[i].GetResultAsync(cancellationToken);
        }

        var aggregateWanted = requests.Where(r => r.WithAggregate).Select(r => r.CodeId).ToHashSet();
        var toCut = served.Values.SelectMany(list => list)
            .Where(d => d.Payer is null ? aggregateWanted.Contains(d.Distribution.CodeId) : d.Payer.Kind != PayerKind.Medicare)
            .Select(d => d.Distribution).ToList();
        var cutOf = new Dictionary<RateDistribution, RateDistribution>();
        if (toCut.Count > 0)
        {
            await using var lease = await services.LeaseDbAsync(cancellationToken);
            cutOf = await ProviderCutQuery.RecomputeAsync(lease.Db, toCut, selection, cut, cancellationToken);
        }

        return requests.ToDictionary(r => r, r => (IReadOnlyList<PayerDistribution>)served[r.CodeId]
            .Where(d => r.WithAggregate || d.Payer is not null)
            .Select(d => d.Payer?.Kind == PayerKind.Medicare ? d
                : cutOf.TryGetValue(d.Distribution, out var recomputed) ? new PayerDistribution(recomputed, d.Payer) : null)
            .OfType<PayerDistribution>()
            .ToList());
    }
}
