namespace CptGraph.Domain.Statistics;

/// <summary>
/// Builds a <see cref="RateSummary"/> from values fed in ascending order when their count is known first: it keeps
/// only the two values around each percentile's rank, the sum and the extremes, so a group of any size takes
/// constant memory. The arithmetic is <see cref="RateStatistics"/>' (type 7 in <see cref="decimal"/>), so a
/// summary streamed from a sorted store equals the one of the same values in an array.
/// </summary>
public sealed class SortedSummaryBuilder
{
    private static readonly decimal[] Fractions = [0.10m, 0.25m, 0.50m, 0.75m, 0.90m];

    private readonly long _count;
    private readonly long[] _lower = new long[Fractions.Length];
    private readonly decimal[] _atLower = new decimal[Fractions.Length];
    private readonly decimal[] _atUpper = new decimal[Fractions.Length];
    private long _seen;
    private decimal _sum;
    private decimal _min;
    private decimal _max;

    /// <param name="count">How many values will be added (at least one).</param>
    public SortedSummaryBuilder(long count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _count = count;
        for (var i = 0; i < Fractions.Length; i++)
        {
            _lower[i] = RateStatistics.LowerRank(count, Fractions[i]);
        }
    }

    /// <summary>Adds the next value; values must come in ascending order and no more than the announced count.</summary>
    public void Add(decimal value)
    {
        if (_seen == _count)
        {
            throw new InvalidOperationException($"More values than the announced {_count}.");
        }

        if (_seen > 0 && value < _max)
        {
            throw new InvalidOperationException($"Values out of order: {value} after {_max}.");
        }

        if (_seen == 0)
        {
            _min = value;
        }

        for (var i = 0; i < Fractions.Length; i++)
        {
            if (_seen == _lower[i])
            {
                _atLower[i] = value;
            }
            else if (_seen == _lower[i] + 1)
            {
                _atUpper[i] = value;
            }
        }

        _sum += value;
        _max = value;
        _seen++;
    }

    /// <summary>The summary, once every announced value was added.</summary>
    public RateSummary Build()
    {
        if (_seen != _count)
        {
            throw new InvalidOperationException($"{_seen} values added of the announced {_count}.");
        }

        return new RateSummary(
            checked((int)_count),
            _min,
            Percentile(0),
            Percentile(1),
            Percentile(2),
            Percentile(3),
            Percentile(4),
            _max,
            RateStatistics.Round(_sum / _count));
    }

    private decimal Percentile(int i) =>
        RateStatistics.Interpolate(_count, Fractions[i], _atLower[i], _lower[i] == _count - 1 ? _atLower[i] : _atUpper[i]);
}
