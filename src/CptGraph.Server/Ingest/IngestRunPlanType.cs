using CptGraph.Domain.Ingestion;
using GraphQL.Types;

namespace CptGraph.Server.Ingest;

public sealed class IngestRunPlanType : ObjectGraphType<IngestRunPlan>
{
    public IngestRunPlanType()
    {
        Name = "IngestRunPlan";
        Description = "A health plan an ingested file reports for, from the file's root fields or from the table of contents that listed it.";
        Field(p => p.PlanName, nullable: true).Description("plan_name.");
        Field(p => p.PlanId, nullable: true).Description("plan_id (an EIN or a HIOS id).");
        Field(p => p.PlanIdType, nullable: true).Description("plan_id_type: ein or hios (tables of contents only).");
        Field(p => p.PlanMarketType, nullable: true).Description("plan_market_type: group or individual.");
        Field(p => p.IssuerName, nullable: true).Description("issuer_name (tables of contents, schema 2.x).");
    }
}
