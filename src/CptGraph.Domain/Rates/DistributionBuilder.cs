using CptGraph.Domain.Statistics;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Rates;

/// <summary>
/// Turns one code's observations into distributions: one per payer, vintage month, billing class and modifier
/// set, plus the pooled BUCA aggregate (null payer). Each comes twice: over every observation and, as
/// <see cref="RateDistribution.Screened"/>, over those no screening rule flagged (absent when all were). A TiC
/// price billed as <c>both</c> counts in the professional and the institutional distributions.
/// </summary>
public static class DistributionBuilder
{
    /// <summary>Every payer's distributions and the aggregate's.</summary>
    public static IReadOnlyList<RateDistribution> Build(int codeId, IReadOnlyCollection<PricedObservation> observations) =>
        BuildPayers(codeId, observations).Concat(BuildAggregates(codeId, observations.Where(o => o.IsBuca).ToList())).ToList();

    /// <summary>One distribution pair per payer, vintage month, billing class and modifier set.</summary>
    public static IEnumerable<RateDistribution> BuildPayers(int codeId, IReadOnlyCollection<PricedObservation> observations)
    {
        foreach (var billingClass in Enum.GetValues<BillingClass>())
        {
            var sources = BillingClassRules.Sources(billingClass);
            foreach (var group in observations.Where(o => sources.Contains(o.BillingClass)).GroupBy(o => (o.PayerId, o.VintageMonth, o.ModifierKey)))
            {
                foreach (var distribution in Create(codeId, group.Key.PayerId, billingClass, group.Key.ModifierKey, group.Key.VintageMonth, group.ToList()))
                {
                    yield return distribution;
                }
            }
        }
    }

    /// <summary>
    /// The aggregate as of each month in which some BUCA payer has a vintage (from <paramref name="fromMonth"/> on,
    /// when given): the pooled observations of each BUCA payer's latest vintage at or before that month.
    /// </summary>
    public static IEnumerable<RateDistribution> BuildAggregates(int codeId, IReadOnlyCollection<PricedObservation> bucaObservations, string? fromMonth = null)
    {
        var byPayer = bucaObservations.GroupBy(o => o.PayerId).ToList();
        var months = bucaObservations.Select(o => o.VintageMonth).Distinct().Order(StringComparer.Ordinal)
            .Where(m => fromMonth is null || string.CompareOrdinal(m, fromMonth) >= 0);
        foreach (var asOf in months)
        {
            var pooled = byPayer.SelectMany(payer => LatestVintage(payer, asOf)).ToList();
            foreach (var billingClass in Enum.GetValues<BillingClass>())
            {
                var sources = BillingClassRules.Sources(billingClass);
                foreach (var group in pooled.Where(o => sources.Contains(o.BillingClass)).GroupBy(o => o.ModifierKey))
                {
                    foreach (var distribution in Create(codeId, null, billingClass, group.Key, asOf, group.ToList()))
                    {
                        yield return distribution;
                    }
                }
            }
        }
    }

    private static IEnumerable<PricedObservation> LatestVintage(IEnumerable<PricedObservation> payer, string asOf)
    {
        var eligible = payer.Where(o => Vintages.IsAtOrBefore(o.VintageMonth, asOf)).ToList();
        var latest = eligible.Select(o => o.VintageMonth).DefaultIfEmpty().Max(StringComparer.Ordinal);
        return eligible.Where(o => o.VintageMonth == latest);
    }

    /// <summary>
    /// The distribution over every observation of a group and, when some passed screening, the screened one, from
    /// the two summaries (<paramref name="kept"/>: of the unflagged observations) and the group's flag counts; each
    /// is a demo distribution when one of its own observations is. <paramref name="tins"/> are the distinct TINs of
    /// either (null for Medicare's localities).
    /// </summary>
    public static IEnumerable<RateDistribution> Pair(int codeId, int? payerId, BillingClass billingClass, string modifierKey,
        string vintageMonth, RateSummary all, RateSummary? kept, ScreeningCounts counts, bool anyDemo, bool anyKeptDemo,
        (int? All, int? Kept) tins)
    {
        yield return Summarise(codeId, payerId, billingClass, modifierKey, vintageMonth, all, screened: false, counts, anyDemo, tins.All);
        if (kept is not null)
        {
            yield return Summarise(codeId, payerId, billingClass, modifierKey, vintageMonth, kept, screened: true, counts, anyKeptDemo, tins.Kept);
        }
    }

    private static IEnumerable<RateDistribution> Create(
        int codeId, int? payerId, BillingClass billingClass, string modifierKey, string vintageMonth, List<PricedObservation> group)
    {
        var counts = ScreeningCounts.Of(group.Select(o => o.Flags));
        var all = RateStatistics.Summarise(group.Select(o => o.Amount))!;
        var unflagged = group.Where(o => o.Flags == ScreeningFlags.None).ToList();
        var kept = RateStatistics.Summarise(unflagged.Select(o => o.Amount));
        return Pair(codeId, payerId, billingClass, modifierKey, vintageMonth, all, kept, counts, group.Any(o => o.IsDemo), unflagged.Any(o => o.IsDemo),
            (DistinctTins(group), DistinctTins(unflagged)));
    }

    // Localities (no TIN) have no TIN count.
    private static int? DistinctTins(List<PricedObservation> observations) =>
        observations.Any(o => o.Tin is not null) ? observations.Where(o => o.Tin is not null).Select(o => o.Tin).Distinct(StringComparer.Ordinal).Count() : null;

    private static RateDistribution Summarise(int codeId, int? payerId, BillingClass billingClass, string modifierKey,
        string vintageMonth, RateSummary summary, bool screened, ScreeningCounts counts, bool isDemo, int? distinctTins) =>
        new()
        {
            CodeId = codeId,
            PayerId = payerId,
            BillingClass = billingClass,
            ModifierKey = modifierKey,
            VintageMonth = vintageMonth,
            Screened = screened,
            Count = summary.Count,
            DistinctTins = distinctTins,
            Min = summary.Min,
            P10 = summary.P10,
            P25 = summary.P25,
            Median = summary.Median,
            P75 = summary.P75,
            P90 = summary.P90,
            Max = summary.Max,
            Mean = summary.Mean,
            IsDemo = isDemo,
            Screening = new ScreeningCounts
            {
                ZeroOrSentinel = counts.ZeroOrSentinel,
                MedicareRatio = counts.MedicareRatio,
                LogFence = counts.LogFence,
                Ghost = counts.Ghost,
                Excluded = counts.Excluded,
            },
        };
}
