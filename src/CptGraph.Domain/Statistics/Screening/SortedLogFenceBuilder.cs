namespace CptGraph.Domain.Statistics.Screening;

/// <summary>
/// The log fences of <see cref="ScreeningRules.LogFences"/> from amounts fed in ascending order when their count is
/// known first, keeping only the values around the quartiles' ranks. ln is increasing, so ascending amounts are
/// ascending ln(amount) (0 gives −∞ and, were one negative, NaN, which sorts first as <see cref="double"/> does).
/// </summary>
public sealed class SortedLogFenceBuilder
{
    private static readonly double[] Fractions = [0.25, 0.75];

    private readonly long _count;
    private readonly long[] _lower = new long[Fractions.Length];
    private readonly double[] _atLower = new double[Fractions.Length];
    private readonly double[] _atUpper = new double[Fractions.Length];
    private long _seen;

    public SortedLogFenceBuilder(long count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 0);
        _count = count;
        for (var i = 0; i < Fractions.Length; i++)
        {
            _lower[i] = (long)Math.Floor((count - 1) * Fractions[i]);
        }
    }

    /// <summary>Adds the next amount, in ascending order.</summary>
    public void Add(decimal amount)
    {
        for (var i = 0; i < Fractions.Length; i++)
        {
            if (_seen == _lower[i])
            {
                _atLower[i] = Math.Log((double)amount);
            }
            else if (_seen == _lower[i] + 1)
            {
                _atUpper[i] = Math.Log((double)amount);
            }
        }

        _seen++;
    }

    /// <summary>The fences; null for groups smaller than <see cref="ScreeningRules.MinimumFenceGroup"/>.</summary>
    public (double Lower, double Upper)? Build()
    {
        if (_seen != _count)
        {
            throw new InvalidOperationException($"{_seen} amounts added of the announced {_count}.");
        }

        if (_count < ScreeningRules.MinimumFenceGroup)
        {
            return null;
        }

        var q1 = Quantile(0);
        var q3 = Quantile(1);
        var iqr = Math.Max(q3 - q1, ScreeningRules.MinimumLogIqr);
        return (q1 - ScreeningRules.FenceK * iqr, q3 + ScreeningRules.FenceK * iqr);
    }

    private double Quantile(int i)
    {
        var rank = (_count - 1) * Fractions[i];
        var lower = _lower[i];
        return lower == _count - 1 ? _atLower[i] : _atLower[i] + (rank - lower) * (_atUpper[i] - _atLower[i]);
    }
}
