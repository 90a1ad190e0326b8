using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics;

namespace CptGraph.Domain.Benchmarks;

public static class BenchmarkCalculator
{
    /// <summary>
    /// Builds the benchmark from one code's distributions for a billing class and modifier set. Medicare is the
    /// MEDICARE payer's distribution (already priced for <paramref name="setting"/>); the commercial aggregate is the
    /// stored pooled BUCA distribution. <paramref name="medicareNotApplicable"/> says CMS flags the setting NA for the code.
    /// </summary>
    public static Benchmark Compute(string code, IReadOnlyCollection<PayerDistribution> distributions,
        MedicareSetting setting = MedicareSetting.NonFacility, bool medicareNotApplicable = false)
    {
        var payers = distributions.Where(d => d.Payer is not null).ToList();
        var medicare = payers.FirstOrDefault(d => d.Payer!.Kind == PayerKind.Medicare);
        var aggregate = distributions.FirstOrDefault(d => d.Payer is null);
        decimal? gap = medicare is not null && aggregate is not null
            ? RateStatistics.Round(aggregate.Distribution.Mean - medicare.Distribution.Mean)
            : null;
        var gapPercent = gap is { } g && medicare is not null ? RateStatistics.PercentOf(g, medicare.Distribution.Mean) : null;
        return new Benchmark(code, medicare, aggregate, payers, gap, gapPercent, setting, medicareNotApplicable);
    }
}
