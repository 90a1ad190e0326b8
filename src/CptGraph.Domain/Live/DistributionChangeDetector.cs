using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Live;

/// <summary>Compares a set of codes' distributions before and after an ingest and names the groups that changed.</summary>
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

    private static (int CodeId, BillingClass BillingClass, string ModifierKey) Group(RateDistribution d) => (d.CodeId, d.BillingClass, d.ModifierKey);

    private static (int?, int, decimal, decimal, decimal, decimal, decimal, decimal, decimal, decimal, bool) Figures(RateDistribution d) =>
        (d.PayerId, d.Count, d.Min, d.P10, d.P25, d.Median, d.P75, d.P90, d.Max, d.Mean, d.IsDemo);
}
