using CptGraph.Domain.Rates;

namespace CptGraph.Server.Rates;

/// <summary>Which stored distributions a <c>rates</c>, <c>benchmark</c> or <c>history</c> field reads.</summary>
/// <param name="AsOf">A <c>yyyy-MM</c> month: each payer's latest vintage at or before it; null for the latest.</param>
public sealed record RateSelection(BillingClass BillingClass, string ModifierKey, bool Screened, string? AsOf)
{
    /// <summary>Names the stored rows the selection reads (not <see cref="AsOf"/>, applied after loading), for data loader batches.</summary>
    public string BatchKey => $"{BillingClass}/{ModifierKey}/{Screened}";
}
