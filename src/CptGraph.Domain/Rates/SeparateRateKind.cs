namespace CptGraph.Domain.Rates;

/// <summary>Rates that are not dollar fees and so never enter a fee distribution.</summary>
public enum SeparateRateKind
{
    Percentage,
    PerDiem,
}
