namespace CptGraph.Ingestion.Tic;

/// <summary>How to ingest a TiC file.</summary>
/// <param name="PayerOverride">A payer name that wins over the file's reporting_entity_name (<c>--payer</c>).</param>
/// <param name="IsDemo">The file is synthetic demo data; distributions built from it say so.</param>
public sealed record TicIngestOptions(string? PayerOverride = null, bool IsDemo = false);
