using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Storage;

/// <summary>One observation waiting in a write batch; payer, vintage and run are the batch's.</summary>
/// <param name="ProviderGroupId">The TiC provider group (TIN + NPI set, <see cref="ObservationWriter.ProviderGroupId"/>); null for Medicare.</param>
/// <param name="ServiceCodes">Place-of-service codes, distinct, sorted, joined by <c>,</c>; empty for none.</param>
public readonly record struct ObservationRow(
    int CodeId,
    string ModifierKey,
    TicBillingClass BillingClass,
    string ProviderKey,
    decimal Amount,
    string NegotiatedType,
    int? ProviderGroupId = null,
    string ServiceCodes = "")
{
    /// <summary>The billing class as stored (enum names, CptGraphDbContext.ConfigureConventions), without ToString's allocation.</summary>
    public string BillingClassName => BillingClass switch
    {
        TicBillingClass.Professional => nameof(TicBillingClass.Professional),
        TicBillingClass.Institutional => nameof(TicBillingClass.Institutional),
        _ => BillingClass.ToString(),
    };
}
