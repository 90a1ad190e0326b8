namespace CptGraph.Domain.Rates;

/// <summary>The facts about one observation that distributions need.</summary>
public readonly record struct PricedObservation(
    int PayerId,
    bool IsBuca,
    string ModifierKey,
    TicBillingClass BillingClass,
    decimal Amount,
    bool IsDemo);
