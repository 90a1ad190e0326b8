using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// A dollar rate that passed every normalisation rule, for one provider TIN. Deduplication across plans,
/// entries and files is the sink's job (the database's unique index).
/// </summary>
/// <param name="BillingCode">The CPT/HCPCS code as written in the file, trimmed.</param>
/// <param name="BillingCodeType">CPT or HCPCS (upper case).</param>
/// <param name="Description">The file's description of the billing code, if any.</param>
/// <param name="ModifierKey">The <c>billing_code_modifier</c> values, trimmed, upper-cased, distinct, sorted ordinally, joined by <c>,</c>; empty for none.</param>
/// <param name="ProviderKey"><c>tin:{type}:{value}</c>, e.g. <c>tin:ein:11-1111111</c>.</param>
/// <param name="NegotiatedType">negotiated, fee schedule or derived.</param>
/// <param name="Npis">The provider group's NPIs beside this TIN in the entry (canonical, see <see cref="CptGraph.Domain.Providers.NpiSet"/>).</param>
/// <param name="ServiceCodes">The price's place-of-service codes, distinct, sorted, joined by <c>,</c>.</param>
public sealed record TicFeeRate(
    string BillingCode,
    string BillingCodeType,
    string? Description,
    string ModifierKey,
    TicBillingClass BillingClass,
    string ProviderKey,
    decimal Amount,
    string NegotiatedType,
    string Npis = "",
    string ServiceCodes = "");
