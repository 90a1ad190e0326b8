namespace CptGraph.Domain.Statistics.Screening;

/// <summary>
/// The screening rules as pure functions, with their thresholds. Why each threshold: see README "Screening".
/// </summary>
public static class ScreeningRules
{
    /// <summary>Amounts at or below this are placeholders (the classic "$0.01" filler).</summary>
    public const decimal SentinelCeiling = 0.01m;

    /// <summary>All-nines amounts from this size up (99999, 999999.99, 9999999.99 …) are placeholders.</summary>
    public const decimal NinesFloor = 99_999m;

    /// <summary>A rate below this multiple of the Medicare rate is implausible.</summary>
    public const decimal MinimumMedicareRatio = 0.2m;

    /// <summary>A rate above this multiple of the Medicare rate is implausible.</summary>
    public const decimal MaximumMedicareRatio = 20m;

    /// <summary>Tukey's "far out" multiplier, applied to the interquartile range of ln(amount).</summary>
    public const double FenceK = 3.0;

    /// <summary>
    /// The smallest interquartile range of ln(amount) the fences use: when most of a payer's rates are
    /// identical the IQR is 0 and every other rate would be "out"; with this floor a rate must differ from the
    /// quartiles by at least a factor e^(3·0.25) ≈ 2.1.
    /// </summary>
    public const double MinimumLogIqr = 0.25;

    /// <summary>Groups smaller than this get no fences: four points do not make quartiles worth trusting.</summary>
    public const int MinimumFenceGroup = 5;

    /// <summary>A provider carrying one identical amount for at least this many distinct codes is a ghost.</summary>
    public const int GhostMinimumCodes = 10;

    /// <summary>True for a cent or less, or an all-nines amount of at least 99,999 (e.g. 999999 or 9999999.99).</summary>
    public static bool IsZeroOrSentinel(decimal amount)
    {
        if (amount <= SentinelCeiling)
        {
            return true;
        }

        if (amount < NinesFloor)
        {
            return false;
        }

        // Trailing zeros only after the point: 999999.00 is a sentinel, 99990 is not.
        var text = amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text.All(c => c is '9' or '.');
    }

    /// <summary>True when <paramref name="amount"/> is below 0.2× or above 20× <paramref name="medicare"/>.</summary>
    public static bool IsMedicareOutlier(decimal amount, decimal medicare) =>
        medicare > 0 && (amount < MinimumMedicareRatio * medicare || amount > MaximumMedicareRatio * medicare);

    /// <summary>
    /// The fences on ln(amount): Q1 − 3·IQR and Q3 + 3·IQR, with quartiles interpolated as in
    /// <see cref="RateStatistics.Percentile"/> and the IQR floored at <see cref="MinimumLogIqr"/>; null for
    /// groups smaller than <see cref="MinimumFenceGroup"/>.
    /// </summary>
    public static (double Lower, double Upper)? LogFences(IEnumerable<decimal> amounts)
    {
        // The streamed builder is the one implementation; an in-memory group is sorted and fed to it.
        var sorted = amounts.Order().ToArray();
        var builder = new SortedLogFenceBuilder(sorted.Length);
        foreach (var amount in sorted)
        {
            builder.Add(amount);
        }

        return builder.Build();
    }

    /// <summary>True when ln(<paramref name="amount"/>) lies strictly outside <paramref name="fences"/>.</summary>
    public static bool IsOutsideFences(decimal amount, (double Lower, double Upper) fences)
    {
        var log = Math.Log((double)amount);
        return log < fences.Lower || log > fences.Upper;
    }
}
