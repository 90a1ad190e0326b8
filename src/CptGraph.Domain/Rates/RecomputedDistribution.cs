using CptGraph.Domain.Statistics;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Rates;

/// <summary>
/// A served distribution whose figures were computed again on request (a provider cut, a Medicare setting): the same
/// payer, code, class, modifiers, vintage and screening choice as the stored row it stands for, new statistics.
/// </summary>
public static class RecomputedDistribution
{
    /// <summary>
    /// <paramref name="served"/>'s identity with <paramref name="summary"/>'s figures, read back as a stored row is (through
    /// double precision, CptGraphDbContext), so a recomputation that selects the very same observations prints exactly
    /// the stored numbers. Id and Code are not copied: the result is not that row.
    /// </summary>
    public static RateDistribution Of(RateDistribution served, RateSummary summary, int? distinctTins, ScreeningCounts screening) => new()
    {
        PayerId = served.PayerId,
        Payer = served.Payer,
        CodeId = served.CodeId,
        BillingClass = served.BillingClass,
        ModifierKey = served.ModifierKey,
        VintageMonth = served.VintageMonth,
        Screened = served.Screened,
        Count = summary.Count,
        DistinctTins = distinctTins,
        Min = AsStored(summary.Min),
        P10 = AsStored(summary.P10),
        P25 = AsStored(summary.P25),
        Median = AsStored(summary.Median),
        P75 = AsStored(summary.P75),
        P90 = AsStored(summary.P90),
        Max = AsStored(summary.Max),
        Mean = AsStored(summary.Mean),
        IsDemo = served.IsDemo,
        Screening = screening,
    };

    private static decimal AsStored(decimal value) => (decimal)(double)value;
}
