namespace CptGraph.Domain.Statistics.Screening;

/// <summary>
/// The data-quality rules an observation failed, stored as a bitmask on the observation. Rules are documented
/// in <see cref="ScreeningRules"/>; a flagged observation stays in the default distributions and is left out
/// of the screened ones.
/// </summary>
[Flags]
public enum ScreeningFlags
{
    None = 0,

    /// <summary>A placeholder amount: a cent or less, or an all-nines amount of at least 99,999.</summary>
    ZeroOrSentinel = 1,

    /// <summary>Below 0.2× or above 20× the Medicare rate for the same code and modifiers.</summary>
    MedicareRatio = 2,

    /// <summary>Outside Tukey's far-out fences (k = 3) on ln(amount) within its payer, code and vintage.</summary>
    LogFence = 4,

    /// <summary>The provider carries this identical amount for at least 10 distinct codes in the same payer vintage.</summary>
    Ghost = 8,
}
