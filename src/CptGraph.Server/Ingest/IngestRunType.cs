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
        Field(r => r.Kind).Description("TIC_IN_NETWORK, MEDICARE_PFS, PAYER_CATALOG (a payer catalog change that recomputed rates) or a code set import's kind (e.g. NUCC_TAXONOMY, NCCI_ADD_ON).");
        Field<NonNullGraphType<StringGraphType>>("source")
            .Description("The ingested file (its name only, unless Ingest:ShowSourcePaths) or URL.")
            .Resolve(c => SourceDisplay.Source(c.Source.Source, c.RequestServices));
        Field<NonNullGraphType<IngestRunStatusEnum>>("status").Description("SUCCEEDED, FAILED or SKIPPED.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("error")
            .Description("FAILED: the file, the place (byte offset and JSON path, or line) and what was wrong. SKIPPED: which earlier run had the content.")
            .Resolve(c => SourceDisplay.Error(c.Source.Error, c.Source.Source, c.RequestServices));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Problems that did not stop the run, e.g. a remote provider reference that could not be fetched (its URL and why).")
            .Resolve(c => c.Source.Warnings?.Split('\n') ?? []);
        Field(r => r.Sha256).Description("SHA-256 of the bytes read (computed while streaming); identical content is never ingested twice. Empty if the run failed before reading.");
        Field(r => r.Bytes).Description("Bytes read (compressed size for gzip input).");
        Field(r => r.SourceVersion, nullable: true).Description("Size and modification time (or ETag) of the source when read: an unchanged source is skipped without reading it.");
        Field(r => r.TableOfContents, nullable: true).Description("The table of contents that listed the file (ingest toc).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestRunPlanType>>>>("plans")
            .Description("The plans the file reports for: from its table of contents, else from its own plan fields.")
            .Resolve(c => c.Source.Plans);
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
