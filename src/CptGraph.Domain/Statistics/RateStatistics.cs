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

        // One arithmetic for in-memory and streamed groups: the array is fed to the builder a store streams into.
        Array.Sort(sorted);
        var builder = new SortedSummaryBuilder(sorted.Length);
        foreach (var value in sorted)
        {
            builder.Add(value);
        }

        return builder.Build();
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

        var lower = LowerRank(sorted.Count, fraction);
        return Interpolate(sorted.Count, fraction, sorted[(int)lower], lower == sorted.Count - 1 ? sorted[(int)lower] : sorted[(int)lower + 1]);
    }

    /// <summary>⌊(n − 1)·p⌋: the 0-based rank of the lower of the two values the percentile interpolates between.</summary>
    public static long LowerRank(long count, decimal fraction) => (long)decimal.Floor((count - 1) * fraction);

    /// <summary>
    /// The type-7 percentile from the values at ranks ⌊h⌋ and ⌊h⌋ + 1 (<paramref name="upper"/> is ignored when ⌊h⌋
    /// is the last rank), rounded to <see cref="Scale"/> places.
    /// </summary>
    public static decimal Interpolate(long count, decimal fraction, decimal lower, decimal upper)
    {
        var rank = (count - 1) * fraction;
        var lowerRank = decimal.Floor(rank);
        return lowerRank == count - 1 ? Round(lower) : Round(lower + (rank - lowerRank) * (upper - lower));
    }

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, null when the whole is zero.</summary>
    public static decimal? PercentOf(decimal part, decimal whole) =>
        whole == 0 ? null : Round(part / whole * 100m);

    /// <summary>Rounds to <see cref="Scale"/> places, half away from zero.</summary>
    public static decimal Round(decimal value) => Math.Round(value, Scale, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a payment to cents, half away from zero (how fee schedules are published).</summary>
    public static decimal RoundToCents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
