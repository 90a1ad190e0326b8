using CptGraph.Domain.Statistics;

namespace CptGraph.Domain.Rates;

/// <summary>
/// Turns one code's observations into distributions: one per payer, billing class and modifier set, plus the
/// pooled BUCA aggregate (null payer) over the deduplicated observations of every BUCA payer. A TiC price
/// billed as <c>both</c> counts in the professional and the institutional distributions.
/// </summary>
public static class DistributionBuilder
{
    public static IReadOnlyList<RateDistribution> Build(int codeId, IReadOnlyCollection<PricedObservation> observations)
    {
        var distributions = new List<RateDistribution>();
        foreach (var billingClass in Enum.GetValues<BillingClass>())
        {
            var sources = BillingClassRules.Sources(billingClass);
            var inClass = observations.Where(o => sources.Contains(o.BillingClass)).ToList();
            foreach (var group in inClass.GroupBy(o => (o.PayerId, o.ModifierKey)))
            {
                distributions.Add(Create(codeId, group.Key.PayerId, billingClass, group.Key.ModifierKey, group.ToList()));
            }

            foreach (var group in inClass.Where(o => o.IsBuca).GroupBy(o => o.ModifierKey))
            {
                distributions.Add(Create(codeId, null, billingClass, group.Key, group.ToList()));
            }
        }

        return distributions;
    }

    private static RateDistribution Create(int codeId, int? payerId, BillingClass billingClass, string modifierKey, List<PricedObservation> group)
    {
        var summary = RateStatistics.Summarise(group.Select(o => o.Amount))!;
        return new RateDistribution
        {
            CodeId = codeId,
            PayerId = payerId,
            BillingClass = billingClass,
            ModifierKey = modifierKey,
            Count = summary.Count,
            Min = summary.Min,
            P10 = summary.P10,
            P25 = summary.P25,
            Median = summary.Median,
            P75 = summary.P75,
            P90 = summary.P90,
            Max = summary.Max,
            Mean = summary.Mean,
            IsDemo = group.Any(o => o.IsDemo),
        };
    }
}
