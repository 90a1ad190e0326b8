using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Statistics;

namespace CptGraph.Domain.Positions;

/// <summary>
/// The "my rate" arithmetic, pure. The percentile rank is the mid-rank of ties: (below + ½·equal) / n × 100, over the
/// very observations the distribution summarises, so an amount under the minimum ranks 0, over the maximum 100, and the
/// only value of a one-observation distribution 50. Figures are rounded to 4 places like every served statistic.
/// </summary>
public static class RatePositions
{
    /// <summary>
    /// Amounts closer than this (half a hundredth of a cent) are ties: stored amounts are doubles on both stores, and
    /// the same decimal read back through two paths may differ in its last binary digit.
    /// </summary>
    public const double TieTolerance = 0.00005;

    /// <summary>The position of <paramref name="amount"/> in <paramref name="distribution"/> given its observations' <paramref name="rank"/>.</summary>
    public static RatePosition Of(PayerDistribution distribution, decimal amount, ObservationRank rank, decimal? medicareMean)
    {
        var served = distribution.Distribution;
        var percentileRank = rank.Count == 0 ? 0m : RateStatistics.Round((rank.Below + rank.Equal / 2m) / rank.Count * 100m);
        var difference = RateStatistics.Round(amount - served.Median);
        return new RatePosition(distribution, amount, rank, percentileRank, difference,
            RateStatistics.PercentOf(amount - served.Median, served.Median), BandOf(amount, served.P25, served.Median, served.P75), medicareMean);
    }

    /// <summary>The quarter an amount falls in: below P25, below the median, below P75, or P75 and above.</summary>
    public static QuartileBand BandOf(decimal amount, decimal p25, decimal median, decimal p75) =>
        amount < p25 ? QuartileBand.First
        : amount < median ? QuartileBand.Second
        : amount < p75 ? QuartileBand.Third
        : QuartileBand.Fourth;
}
