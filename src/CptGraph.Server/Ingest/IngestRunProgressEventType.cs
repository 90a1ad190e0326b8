using CptGraph.Domain.Live;
using GraphQL.Types;

namespace CptGraph.Server.Ingest;

public sealed class IngestRunProgressEventType : ObjectGraphType<IngestRunProgress>
{
    public IngestRunProgressEventType()
    {
        Name = "IngestRunProgressEvent";
        Description = "An ingest run reached a phase. With SQLite a run's events commit with its data, so another process's run reports its phases when it commits.";
        Field(e => e.RunId).Description("The run (runId).");
        Field(e => e.Phase).Description("STARTED, READING (every 100,000 stored observations), RECOMPUTING or COMMITTED.");
        Field(e => e.Kept).Description("Observations stored so far.");
        Field<NonNullGraphType<StringGraphType>>("source")
            .Description("The ingested file (its name only, unless Ingest:ShowSourcePaths) or URL.")
            .Resolve(c => SourceDisplay.Source(c.Source.Source, c.RequestServices));
    }
}
