namespace CptGraph.Ingestion.Export;

/// <summary>One observation as exported (its payer and vintage are the file's partition).</summary>
/// <param name="Npis">The provider group's NPIs, sorted (empty for none and for Medicare).</param>
/// <param name="ServiceCodes">The price's place-of-service codes, sorted (empty for none).</param>
public readonly record struct ExportedObservation(
    string BillingCode,
    string BillingCodeType,
    string BillingClass,
    string Modifiers,
    string ProviderKey,
    decimal Amount,
    string NegotiatedType,
    int ScreeningFlags,
    int IngestRunId,
    IReadOnlyList<string> Npis,
    IReadOnlyList<string> ServiceCodes);
