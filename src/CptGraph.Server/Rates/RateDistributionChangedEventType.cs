using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class RateDistributionChangedEventType : ObjectGraphType<RateDistributionChange>
{
    public RateDistributionChangedEventType()
    {
        Name = "RateDistributionChangedEvent";
        Description = "A payer's rate distribution for a code changed because an ingest committed.";
        Field(e => e.Code).Description("The code whose rates changed.");
        Field<RateDistributionType>("distribution")
            .Description("The new distribution; null when the payer no longer has observations for the code.")
            .Resolve(c => c.Source.Distribution);
        Field(e => e.PreviousMean, nullable: true).Description("The payer's mean before the ingest, in US dollars; null when it had no distribution.");
        Field(e => e.IngestRunId).Description("The ingest run (runId) that committed the change.");
    }
}
