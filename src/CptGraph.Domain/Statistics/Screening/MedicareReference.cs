using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Statistics.Screening;

/// <summary>
/// The Medicare rate a code's commercial observations are compared with: the median of Medicare's locality
/// payments for the same modifier set, from the latest Medicare vintage at or before the observation's vintage
/// (the earliest Medicare vintage when none precedes it, so older files are still screened).
/// </summary>
public sealed class MedicareReference
{
    private readonly Dictionary<string, SortedList<string, decimal>> _medians = new(StringComparer.Ordinal);

    /// <summary>No Medicare data: the Medicare-ratio rule flags nothing.</summary>
    public static MedicareReference None { get; } = new(Array.Empty<PricedObservation>());

    public MedicareReference(IEnumerable<PricedObservation> medicareObservations)
        : this(medicareObservations.GroupBy(o => (o.ModifierKey, o.VintageMonth))
            .Select(g => (g.Key.ModifierKey, g.Key.VintageMonth, RateStatistics.Summarise(g.Select(o => o.Amount))!.Median)))
    {
    }

    /// <summary>From medians already computed (by a store streaming Medicare's payments in order).</summary>
    public MedicareReference(IEnumerable<(string ModifierKey, string VintageMonth, decimal Median)> medians)
    {
        foreach (var (modifierKey, vintageMonth, median) in medians)
        {
            if (!_medians.TryGetValue(modifierKey, out var byMonth))
            {
                _medians[modifierKey] = byMonth = new SortedList<string, decimal>(StringComparer.Ordinal);
            }

            byMonth[vintageMonth] = median;
        }
    }

    /// <summary>The Medicare median for <paramref name="modifierKey"/> at <paramref name="vintageMonth"/>; null without one.</summary>
    public decimal? For(string modifierKey, string vintageMonth)
    {
        if (!_medians.TryGetValue(modifierKey, out var byMonth))
        {
            return null;
        }

        decimal? chosen = byMonth.Values[0];
        foreach (var (month, median) in byMonth)
        {
            if (string.CompareOrdinal(month, vintageMonth) <= 0)
            {
                chosen = median;
            }
        }

        return chosen;
    }
}
