namespace CptGraph.Ingestion.Tic;

/// <summary>A bundle or capitation <c>in_network</c> item.</summary>
/// <param name="ContainedCodes">bundled_codes / covered_services as <c>TYPE:code</c>, in file order.</param>
/// <param name="RateCount">How many negotiated prices the item carries.</param>
public sealed record TicArrangement(
    string Arrangement,
    string BillingCode,
    string BillingCodeType,
    IReadOnlyList<string> ContainedCodes,
    int RateCount);
