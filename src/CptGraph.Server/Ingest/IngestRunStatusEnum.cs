using CptGraph.Domain.Ingestion;
using GraphQL.Types;

namespace CptGraph.Server.Ingest;

public sealed class IngestRunStatusEnum : EnumerationGraphType<IngestRunStatus>
{
    public IngestRunStatusEnum()
    {
        Name = "IngestRunStatus";
        Description = "How a run ended: SUCCEEDED (data committed), FAILED (rolled back; the error is recorded) or SKIPPED (the content was already ingested).";
    }
}
