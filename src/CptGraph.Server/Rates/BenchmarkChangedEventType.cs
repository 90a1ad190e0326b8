using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class BenchmarkChangedEventType : ObjectGraphType<BenchmarkChange>
{
    public BenchmarkChangedEventType()
    {
        Name = "BenchmarkChangedEvent";
        Description = "A code's benchmark (gap, spreads) changed because an ingest committed.";
        Field("code", e => e.Benchmark.Code).Description("The code whose benchmark changed.");
        Field<NonNullGraphType<BenchmarkType>>("benchmark").Description("The new benchmark.").Resolve(c => c.Source.Benchmark);
        Field(e => e.PreviousGap, nullable: true).Description("The gap before the ingest, in US dollars; null when it could not be computed.");
        Field(e => e.PreviousGapPercent, nullable: true).Description("The gap percentage before the ingest.");
        Field(e => e.IngestRunId).Description("The ingest run (runId) that committed the change.");
    }
}
