namespace CptGraph.Ingestion.Medicare;

/// <summary>What to ingest from the Physician Fee Schedule.</summary>
/// <param name="RvuPath">The PPRRVU CSV (CMS layout or the shipped subset).</param>
/// <param name="GpciPath">The GPCI CSV (one row per Medicare locality).</param>
/// <param name="ConversionFactor">Overrides the file's CONV FACTOR column (e.g. the 2026 APM factor 33.5675).</param>
/// <param name="Year">The fee-schedule year when the RVU file has no YEAR column; also picks the rows of a multi-year file.</param>
/// <param name="Codes">Only these HCPCS codes; all priced codes when empty.</param>
public sealed record MedicareIngestOptions(
    string RvuPath,
    string GpciPath,
    decimal? ConversionFactor = null,
    int? Year = null,
    IReadOnlySet<string>? Codes = null);
