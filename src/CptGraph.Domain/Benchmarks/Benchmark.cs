using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Benchmarks;

/// <summary>
/// The Medicare-versus-commercial comparison for one code, billing class and modifier set.
/// <see cref="Gap"/> = commercial aggregate mean − Medicare mean; <see cref="GapPercent"/> = gap / Medicare mean × 100.
/// </summary>
/// <param name="Setting">The Medicare setting <see cref="Medicare"/> (and so the gap) is priced for.</param>
/// <param name="MedicareNotApplicable">
/// True when CMS flags <see cref="Setting"/> NA for the code (e.g. 96375 in a facility): Medicare pays nothing there, so
/// <see cref="Medicare"/> and the gap are null rather than a number.
/// </param>
public sealed record Benchmark(
    string Code,
    PayerDistribution? Medicare,
    PayerDistribution? CommercialAggregate,
    IReadOnlyList<PayerDistribution> Payers,
    decimal? Gap,
    decimal? GapPercent,
    MedicareSetting Setting = MedicareSetting.NonFacility,
    bool MedicareNotApplicable = false)
{
    /// <summary>Payers (Medicare included) from the widest P75−P25 spread to the tightest; ties by name.</summary>
    public IReadOnlyList<PayerDistribution> BySpread { get; } =
        Payers.OrderByDescending(p => p.Spread).ThenBy(p => p.Payer!.Name, StringComparer.Ordinal).ToList();

    public PayerDistribution? WidestSpread => BySpread.FirstOrDefault();

    public PayerDistribution? TightestSpread => BySpread.LastOrDefault();
}
