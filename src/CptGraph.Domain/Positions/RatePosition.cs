using CptGraph.Domain.Benchmarks;

namespace CptGraph.Domain.Positions;

/// <summary>Where an amount sits in one served distribution (a payer's, Medicare's or the BUCA aggregate's).</summary>
/// <param name="PercentileRank">Mid-rank of ties, 0–100: (below + ½·equal) / count × 100 (<see cref="RatePositions"/>).</param>
/// <param name="DifferenceFromMedian">amount − median, in US dollars (negative below the median).</param>
/// <param name="PercentFromMedian">(amount − median) / median × 100; null for a zero median.</param>
/// <param name="MedicareMean">The served Medicare mean the distribution is compared against; null without Medicare data.</param>
public sealed record RatePosition(
    PayerDistribution Distribution,
    decimal Amount,
    ObservationRank Rank,
    decimal PercentileRank,
    decimal DifferenceFromMedian,
    decimal? PercentFromMedian,
    QuartileBand Band,
    decimal? MedicareMean);
