using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Live;

/// <summary>
/// What "a distribution changed" means, for the outbox (which groups an ingest announces) and the subscriptions (which
/// payer's event a subscriber receives): any figure the API serves for it — its vintage, count, min, p10, p25, median,
/// p75, p90, max, mean (spread follows from p25 and p75) and isDemo — or a payer gained or lost (docs/live.md).
/// </summary>
public static class DistributionChangeDetector
{
    /// <summary>
    /// One <see cref="DistributionsChanged"/> per (code, billing class, modifier set) whose distributions differ in
    /// any figure, or that gained or lost a payer; unchanged groups announce nothing.
    /// </summary>
    public static IEnumerable<DistributionsChanged> Detect(
        IReadOnlyCollection<RateDistribution> before, IReadOnlyCollection<RateDistribution> after, IReadOnlyDictionary<int, string> codes, int runId)
    {
        var old = before.ToLookup(Group);
        var current = after.ToLookup(Group);
        foreach (var key in old.Select(g => g.Key).Union(current.Select(g => g.Key)).OrderBy(k => k.CodeId).ThenBy(k => k.BillingClass).ThenBy(k => k.ModifierKey, StringComparer.Ordinal))
        {
            var was = old[key].OrderBy(d => d.PayerId).ToList();
            var now = current[key].OrderBy(d => d.PayerId).ToList();
            if (!was.Select(Figures).SequenceEqual(now.Select(Figures)))
            {
                yield return new DistributionsChanged(codes[key.CodeId], key.BillingClass, key.ModifierKey, runId, was, now);
            }
        }
    }

    /// <summary>True when one payer's served distribution changed: it appeared, disappeared or differs in a served figure.</summary>
    public static bool Differs(RateDistribution? was, RateDistribution? now) =>
        was is null ? now is not null : now is null || Figures(was) != Figures(now);

    private static (int CodeId, BillingClass BillingClass, string ModifierKey) Group(RateDistribution d) => (d.CodeId, d.BillingClass, d.ModifierKey);

    private static (int?, string, int, int?, decimal, decimal, decimal, decimal, decimal, decimal, decimal, decimal, bool) Figures(RateDistribution d) =>
        (d.PayerId, d.VintageMonth, d.Count, d.DistinctTins, d.Min, d.P10, d.P25, d.Median, d.P75, d.P90, d.Max, d.Mean, d.IsDemo);
}
