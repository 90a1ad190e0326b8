using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Storage;

/// <summary>One observation waiting in a write batch; payer, vintage and run are the batch's.</summary>
public readonly record struct ObservationRow(
    int CodeId,
    string ModifierKey,
    TicBillingClass BillingClass,
    string ProviderKey,
    decimal Amount,
    string NegotiatedType)
{
    /// <summary>The billing class as stored (enum names, CptGraphDbContext.ConfigureConventions), without ToString's allocation.</summary>
    public string BillingClassName => BillingClass switch
    {
        TicBillingClass.Professional => nameof(TicBillingClass.Professional),
        TicBillingClass.Institutional => nameof(TicBillingClass.Institutional),
        _ => BillingClass.ToString(),
    };
}
