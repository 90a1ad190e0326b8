namespace CptGraph.Domain.Rates;

/// <summary>
/// The billing class a distribution is computed for. A TiC price billed as <c>both</c> belongs to
/// both distributions.
/// </summary>
public enum BillingClass
{
    Professional,
    Institutional,
}
