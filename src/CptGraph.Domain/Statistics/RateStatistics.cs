namespace CptGraph.Domain.Statistics;

/// <summary>
/// Descriptive statistics over dollar observations, in <see cref="decimal"/> so cents stay exact.
/// Percentiles interpolate linearly between closest ranks (numpy's default, Hyndman–Fan type 7):
/// for sorted x[0..n-1] and fraction p, h = (n − 1)·p and P = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
/// Results are rounded to 4 decimal places (half away from zero); the mean is the plain arithmetic mean.
/// </summary>
public static class RateStatistics
{
    /// <summary>Decimal places kept in every statistic.</summary>
    public const int Scale = 4;

    /// <summary>Summarises <paramref name="values"/>; null when there are none.</summary>
    public static RateSummary? Summarise(IEnumerable<decimal> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        Array.Sort(sorted);
        var sum = 0m;
        foreach (var value in sorted)
        {
            sum += value;
        }

        return new RateSummary(
            sorted.Length,
            sorted[0],
            Percentile(sorted, 0.10m),
            Percentile(sorted, 0.25m),
            Percentile(sorted, 0.50m),
            Percentile(sorted, 0.75m),
            Percentile(sorted, 0.90m),
            sorted[^1],
            Round(sum / sorted.Length));
    }

    /// <summary>The <paramref name="fraction"/> percentile (0–1) of ascending <paramref name="sorted"/> values.</summary>
    public static decimal Percentile(IReadOnlyList<decimal> sorted, decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1m);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var rank = (sorted.Count - 1) * fraction;
        var lower = (int)decimal.Floor(rank);
        if (lower == sorted.Count - 1)
        {
            return Round(sorted[lower]);
        }

        var weight = rank - lower;
        return Round(sorted[lower] + weight * (sorted[lower + 1] - sorted[lower]));
    }

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, null when the whole is zero.</summary>
    public static decimal? PercentOf(decimal part, decimal whole) =>
        whole == 0 ? null : Round(part / whole * 100m);

    /// <summary>Rounds to <see cref="Scale"/> places, half away from zero.</summary>
    public static decimal Round(decimal value) => Math.Round(value, Scale, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a payment to cents, half away from zero (how fee schedules are published).</summary>
    public static decimal RoundToCents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
