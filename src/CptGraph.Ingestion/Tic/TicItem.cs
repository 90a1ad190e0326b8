namespace CptGraph.Ingestion.Tic;

/// <summary>The item-level facts of one <c>in_network</c> entry that every one of its prices shares.</summary>
/// <param name="Arrangement">ffs, bundle or capitation.</param>
/// <param name="BillingCodeType">Trimmed and upper-cased, e.g. CPT, HCPCS, RC, ICD.</param>
/// <param name="BillingCode">Trimmed, as written.</param>
internal sealed record TicItem(string Arrangement, string BillingCodeType, string BillingCode, string? Description)
{
    public bool IsFeeForService => Arrangement == "ffs";

    /// <summary>Only CPT and HCPCS codes have fee distributions.</summary>
    public bool HasRateCodeType => BillingCodeType is "CPT" or "HCPCS";
}
