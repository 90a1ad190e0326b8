namespace CptGraph.Domain.Rates;

/// <summary>Which stored distributions a <c>rates</c>, <c>benchmark</c> or <c>history</c> field reads.</summary>
/// <param name="BillingClass">The billing class the observations were billed under.</param>
/// <param name="ModifierKey">The modifier set (<see cref="Rates.ModifierKey"/>); empty for the unmodified code.</param>
/// <param name="Screened">True to read the distributions that leave out the observations a screening rule flagged.</param>
/// <param name="AsOf">A <c>yyyy-MM</c> month: each payer's latest vintage at or before it; null for the latest.</param>
/// <param name="Setting">
/// Which Medicare setting the Medicare distribution (and every comparison with it) is priced for; the stored
/// <see cref="MedicareSetting.NonFacility"/> one by default.
/// </param>
public sealed record RateSelection(BillingClass BillingClass, string ModifierKey, bool Screened, string? AsOf,
    MedicareSetting Setting = MedicareSetting.NonFacility)
{
    /// <summary>What a field serves without arguments: the latest PROFESSIONAL, unmodified, unscreened distributions.</summary>
    public static RateSelection Default { get; } = new(BillingClass.Professional, "", false, null);

    /// <summary>Names the stored rows the selection reads (not <see cref="AsOf"/>, applied after loading), for data loader batches.</summary>
    public string BatchKey => $"{BillingClass}/{ModifierKey}/{Screened}";

    /// <summary>Names what is served from those rows (the vintage and the Medicare setting), for batches of computed answers.</summary>
    public string ServedKey => $"{BatchKey}/{AsOf}/{Setting}";
}
