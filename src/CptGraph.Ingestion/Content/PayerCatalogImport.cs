namespace CptGraph.Ingestion.Content;

/// <summary>What importing a payer catalog did.</summary>
/// <param name="Payers">How many payers the catalog listed.</param>
/// <param name="Changed">The payers with stored rates whose kind or BUCA membership the catalog changed.</param>
/// <param name="RecomputedCodes">How many codes' distributions were recomputed because of them (their aggregates and screening).</param>
/// <param name="RunId">The ingest run that recorded the recompute; null when nothing needed one.</param>
public sealed record PayerCatalogImport(int Payers, IReadOnlyList<string> Changed, int RecomputedCodes, int? RunId);
