namespace CptGraph.Ingestion.Export;

/// <summary>One observation as exported (its payer and vintage are the file's partition).</summary>
public readonly record struct ExportedObservation(
    string BillingCode,
    string BillingCodeType,
    string BillingClass,
    string Modifiers,
    string ProviderKey,
    decimal Amount,
    string NegotiatedType,
    int ScreeningFlags,
    int IngestRunId);
