using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Rates;

/// <summary>The facts about one observation that distributions need.</summary>
/// <param name="VintageMonth">The observation's vintage as <c>yyyy-MM</c> (<see cref="Vintages"/>).</param>
/// <param name="Flags">The screening rules it failed.</param>
/// <param name="Tin">The provider TIN key it was priced for; null for a Medicare locality.</param>
public readonly record struct PricedObservation(
    int PayerId,
    bool IsBuca,
    string ModifierKey,
    TicBillingClass BillingClass,
    decimal Amount,
    bool IsDemo,
    string VintageMonth = "",
    ScreeningFlags Flags = ScreeningFlags.None,
    string? Tin = null);
