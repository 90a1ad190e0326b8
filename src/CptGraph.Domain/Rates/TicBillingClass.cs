namespace CptGraph.Domain.Rates;

/// <summary>The <c>billing_class</c> of a TiC negotiated price (Medicare fees are professional).</summary>
public enum TicBillingClass
{
    Professional,
    Institutional,
    Both,
}
