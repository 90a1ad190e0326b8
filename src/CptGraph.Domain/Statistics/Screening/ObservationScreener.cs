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
        foreach (var i in indexes)
        {
            var o = observations[i];
            flags[i] = o.Flags & ScreeningFlags.Ghost;
            flags[i] |= ScreeningRules.IsZeroOrSentinel(o.Amount) ? ScreeningFlags.ZeroOrSentinel : ScreeningFlags.None;
            if (ComparesWithMedicare(o.BillingClass) && medicare.For(o.ModifierKey, o.VintageMonth) is { } reference
                && ScreeningRules.IsMedicareOutlier(o.Amount, reference))
            {
                flags[i] |= ScreeningFlags.MedicareRatio;
            }
        }

        foreach (var group in indexes.GroupBy(i => FenceGroup(observations[i])))
        {
            if (ScreeningRules.LogFences(group.Select(i => observations[i].Amount)) is not { } fences)
            {
                continue;
            }

            foreach (var i in group.Where(i => ScreeningRules.IsOutsideFences(observations[i].Amount, fences)))
            {
                flags[i] |= ScreeningFlags.LogFence;
            }
        }

        return flags;
    }

    // The Physician Fee Schedule prices professional services; institutional (facility) fees are another kind of
    // payment, so comparing them with it would flag legitimate hospital rates.
    private static bool ComparesWithMedicare(TicBillingClass billingClass) => billingClass != TicBillingClass.Institutional;

    // Fences are computed per payer, code, vintage, modifier set and billing-class family ("both" with professional).
    private static (int PayerId, string VintageMonth, string ModifierKey, bool Institutional) FenceGroup(PricedObservation o) =>
        (o.PayerId, o.VintageMonth, o.ModifierKey, o.BillingClass == TicBillingClass.Institutional);
}
