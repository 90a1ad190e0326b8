using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Rates;
using GraphQL.DataLoader;

namespace CptGraph.Server.Providers;

/// <summary>
/// <c>rates(state:, taxonomy:)</c> and <c>benchmark(state:, taxonomy:)</c>: the code's served distributions cut by
/// <see cref="ProviderCutDistributions"/> — the payers' rows (each with the uncut Medicare mean) or the benchmark over the
/// cut payers and the cut aggregate.
/// </summary>
public static class ProviderCutRates
{
    public static IDataLoaderResult<List<RateRow>> Rows(IServiceProvider services, Code code, RateSelection selection, ProviderCut cut) =>
        ProviderCutDistributions.Load(services, code.Id, selection, cut, withAggregate: false).Then(cut =>
        {
            var medicareMean = BenchmarkCalculator.Compute(code.Value, cut).Medicare?.Distribution.Mean;
            return cut.Where(d => d.Payer is not null).Select(d => new RateRow(d, medicareMean)).ToList();
        });

    public static IDataLoaderResult<Benchmark> Benchmark(IServiceProvider services, Code code, RateSelection selection, ProviderCut cut) =>
        RateLists.BenchmarkOf(services, code, selection, ProviderCutDistributions.Load(services, code.Id, selection, cut, withAggregate: true));
}
