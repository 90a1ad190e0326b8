using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Statistics.Screening;

/// <summary>
/// Applies the per-observation rules (zero/sentinel, Medicare ratio, log fences) to one payer's observations of
/// one code and vintage. The ghost flag depends on the payer's other codes, so it is set by the write path and
/// carried through unchanged. Medicare observations are the reference and are never flagged.
/// </summary>
public static class ObservationScreener
{
    /// <summary>The flags of each observation, index-aligned with <paramref name="observations"/>.</summary>
    public static ScreeningFlags[] Flag(IReadOnlyList<PricedObservation> observations, MedicareReference medicare, int medicarePayerId)
    {
        var flags = new ScreeningFlags[observations.Count];
        var indexes = Enumerable.Range(0, observations.Count).Where(i => observations[i].PayerId != medicarePayerId).ToList();
        var fences = indexes.GroupBy(i => FenceGroup(observations[i]))
            .ToDictionary(g => g.Key, g => ScreeningRules.LogFences(g.Select(i => observations[i].Amount)));
        foreach (var i in indexes)
        {
            flags[i] = FlagOne(observations[i], medicare, medicarePayerId, fences[FenceGroup(observations[i])]);
        }

        return flags;
    }

    /// <summary>
    /// One observation's flags, given its fence group's <paramref name="fences"/> (null: no fences): the stored ghost
    /// flag carried through, zero/sentinel, the Medicare ratio and the log fences. Medicare's own are never flagged.
    /// </summary>
    public static ScreeningFlags FlagOne(PricedObservation o, MedicareReference medicare, int medicarePayerId, (double Lower, double Upper)? fences)
    {
        if (o.PayerId == medicarePayerId)
        {
            return ScreeningFlags.None;
        }

        var flags = o.Flags & ScreeningFlags.Ghost;
        flags |= ScreeningRules.IsZeroOrSentinel(o.Amount) ? ScreeningFlags.ZeroOrSentinel : ScreeningFlags.None;
        if (ComparesWithMedicare(o.BillingClass) && medicare.For(o.ModifierKey, o.VintageMonth) is { } reference
            && ScreeningRules.IsMedicareOutlier(o.Amount, reference))
        {
            flags |= ScreeningFlags.MedicareRatio;
        }

        if (fences is { } f && ScreeningRules.IsOutsideFences(o.Amount, f))
        {
            flags |= ScreeningFlags.LogFence;
        }

        return flags;
    }

    /// <summary>
    /// Fences are computed per payer, code, vintage, modifier set and billing-class family: institutional alone, or
    /// professional with "both".
    /// </summary>
    public static bool IsInstitutionalFenceFamily(TicBillingClass billingClass) => billingClass == TicBillingClass.Institutional;

    // The Physician Fee Schedule prices professional services; institutional (facility) fees are another kind of
    // payment, so comparing them with it would flag legitimate hospital rates.
    private static bool ComparesWithMedicare(TicBillingClass billingClass) => billingClass != TicBillingClass.Institutional;

    private static (int PayerId, string VintageMonth, string ModifierKey, bool Institutional) FenceGroup(PricedObservation o) =>
        (o.PayerId, o.VintageMonth, o.ModifierKey, IsInstitutionalFenceFamily(o.BillingClass));
}
