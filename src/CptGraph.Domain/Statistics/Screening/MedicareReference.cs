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
    public static MedicareReference None { get; } = new([]);

    public MedicareReference(IEnumerable<PricedObservation> medicareObservations)
    {
        foreach (var group in medicareObservations.GroupBy(o => (o.ModifierKey, o.VintageMonth)))
        {
            if (!_medians.TryGetValue(group.Key.ModifierKey, out var byMonth))
            {
                _medians[group.Key.ModifierKey] = byMonth = new SortedList<string, decimal>(StringComparer.Ordinal);
            }

            byMonth[group.Key.VintageMonth] = RateStatistics.Summarise(group.Select(o => o.Amount))!.Median;
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
