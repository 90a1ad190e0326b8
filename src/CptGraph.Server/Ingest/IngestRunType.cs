using CptGraph.Domain.Ingestion;
using CptGraph.Server.Nodes;
using GraphQL.Types;

namespace CptGraph.Server.Ingest;

public sealed class IngestRunType : ObjectGraphType<IngestRun>
{
    public IngestRunType()
    {
        Name = "IngestRun";
        Description = "One ingested input and what the normalisation rules did with it.";
        this.ImplementNode(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("runId", r => r.Id).Description("The run's number, in ingest order (the CLI prints it).");
        Field(r => r.Kind).Description("TIC_IN_NETWORK or MEDICARE_PFS.");
        Field(r => r.Source).Description("The ingested file(s).");
        Field(r => r.Sha256).Description("SHA-256 of the input; identical input is never ingested twice.");
        Field(r => r.Bytes).Description("The input's size in bytes.");
        Field(r => r.ReportingEntityName, nullable: true).Description("The TiC file's reporting_entity_name.");
        Field(r => r.SchemaVersion, nullable: true).Description("The TiC file's declared schema version.");
        Field(r => r.LastUpdatedOn, nullable: true).Description("The file's last_updated_on (Medicare: 1 January of the fee-schedule year).");
        Field(r => r.PlanName, nullable: true).Description("The plan name the file declares.");
        Field(r => r.IsDemo).Description("True for synthetic demo data.");
        Field(r => r.StartedAt).Description("When the run started (UTC).");
        Field(r => r.DurationSeconds).Description("How long the run took, in seconds.");
        Field<NonNullGraphType<IngestCountsType>>("counts").Description("What each normalisation rule did.").Resolve(c => c.Source.Counts);
    }
}
