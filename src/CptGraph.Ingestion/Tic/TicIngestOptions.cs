using CptGraph.Domain.Ingestion;

namespace CptGraph.Ingestion.Tic;

/// <summary>How to ingest a TiC file.</summary>
/// <param name="PayerOverride">A payer name that wins over the file's reporting_entity_name (<c>--payer</c>).</param>
/// <param name="IsDemo">The file is synthetic demo data; distributions built from it say so.</param>
/// <param name="Plans">The plans a table of contents lists the file under (recorded with the run).</param>
/// <param name="TableOfContents">The table of contents the file came from.</param>
/// <param name="Force">Ingest even content an earlier run already ingested (<c>--force</c>), e.g. as another payer.</param>
/// <param name="ObservationsOnly">Store the observations without recomputing distributions (<c>--observations-only</c>):
/// one machine's share of the distributed path, exported as Parquet partitions and combined by <c>ingest partitions</c>.</param>
public sealed record TicIngestOptions(
    string? PayerOverride = null,
    bool IsDemo = false,
    IReadOnlyList<IngestRunPlan>? Plans = null,
    string? TableOfContents = null,
    bool Force = false,
    bool ObservationsOnly = false);
