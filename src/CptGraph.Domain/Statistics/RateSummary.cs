namespace CptGraph.Domain.Statistics;

/// <summary>Count, extremes, mean and percentiles of a set of dollar observations.</summary>
public sealed record RateSummary(
    int Count,
    decimal Min,
    decimal P10,
    decimal P25,
    decimal Median,
    decimal P75,
    decimal P90,
    decimal Max,
    decimal Mean)
{
    /// <summary>The interquartile range, P75 − P25.</summary>
    public decimal Spread => P75 - P25;
}
