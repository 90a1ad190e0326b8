using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using CptGraph.Server.Diagnoses;
using CptGraph.Server.Modifiers;
using CptGraph.Server.Nodes;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Taxonomies;
using GraphQL.Types;
using GraphQL;

namespace CptGraph.Server.Codes;

public sealed class CodeType : ObjectGraphType<Code>
{
    public CodeType(QueryGraphTypes types)
    {
        Name = "Code";
        Description = "A CPT or HCPCS procedure code: its reference content, coding context and what payers pay for it.";
        this.ImplementNode(c => c.Value);
        Field("code", c => c.Value).Description("The code, e.g. \"96375\".");
        Field(c => c.CodeType).Description("CPT or HCPCS.");
        Field(c => c.Description, nullable: true).Description("What the code describes.");
        Field(c => c.Title, nullable: true).Description("A short title for the service.");
        Field(c => c.Headline, nullable: true).Description("The reference page's headline.");
        Field(c => c.Summary, nullable: true).Description("The lead paragraph: what the code designates and where it matters.");
        Field(c => c.Significance, nullable: true).Description("What the code represents and why it matters for documentation and claims.");
        Field(c => c.Overview, nullable: true).Description("The code overview.");
        Field(c => c.ServiceType, nullable: true).Description("The type of service.");
        Field(c => c.SiteOfService, nullable: true).Description("Where the service is typically performed.");
        Field(c => c.ServiceLine, nullable: true).Description("The service line; null where the source content does not provide it.");
        Field(c => c.ClinicalContext, nullable: true).Description("A typical clinical scenario and workflow.");
        Field(c => c.UsageNotes, nullable: true).Description("Notes on reporting the code together with related codes.");
        Field(c => c.ScopeNote, nullable: true).Description("The scope of the reference content (e.g. national, no state-specific policy).");
        Field(c => c.ContentSource, nullable: true).Description("The content file (name@version) or TiC file the descriptive fields came from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingMetadata")
            .Description("The names of the descriptive fields the source content did not provide (they are null).")
            .Resolve(c => CodeMetadata.Missing(c.Source));

        this.AddChildList<Code, CodeModifierType, CptGraphDbContext, CodeModifier, CodeModifier>(types, "modifiers",
            "Modifiers commonly reported with the code, with when to use each (by modifier unless ordered).", c => c.Id, CodeLists.Modifiers);
        this.AddChildList<Code, TaxonomyType, CptGraphDbContext, CodeTaxonomy, Taxonomy>(types, "taxonomies",
            "Provider taxonomies (specialties) associated with the code (by code unless ordered).", c => c.Id, CodeLists.Taxonomies);
        this.AddChildList<Code, CodeDiagnosisType, CptGraphDbContext, CodeDiagnosis, CodeDiagnosis>(types, "diagnoses",
            "ICD-10-CM diagnoses that commonly accompany the code, with why each is relevant, in content order unless ordered.", c => c.Id, CodeLists.Diagnoses);
        this.AddChildList<Code, CodeRelationType, CptGraphDbContext, CodeRelation, CodeRelation>(types, "relatedCodes",
            "Related codes and how each relates to this one, in content order unless ordered.", c => c.Id, CodeLists.RelatedCodes);
        this.AddChildList<Code, MedicareFeeType, CptGraphDbContext, MedicareFee, MedicareFee>(types, "medicareFees",
            "The code's Physician Fee Schedule rows (RVUs, status, national amounts), newest year first unless ordered.", c => c.Id, CodeLists.MedicareFees);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RateDistributionType>>>>("rates")
            .Description("One rate distribution per payer, Medicare included (commercial payers by name, then Medicare, unless ordered), each of its latest vintage (at or before asOf).")
            .Arguments(RateArguments.ForDistributions())
            .Arguments(QueryableArguments.For<RateDistribution>(types, paging: false))
            .Resolve(c => RateLists.Rows(c.RequestServices!, c.Source, RateArguments.Read(c), QueryArgumentValues.From(c)));
        Field<NonNullGraphType<BenchmarkType>>("benchmark")
            .Description("The national reimbursement benchmark: Medicare against the BUCA commercial aggregate, gap and spreads, as of the latest vintages (or asOf).")
            .Arguments(RateArguments.ForDistributions())
            .Resolve(c => RateLists.All(c.RequestServices!, c.Source.Id, RateArguments.Read(c))
                .Then(all => BenchmarkCalculator.Compute(c.Source.Value, all)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RateHistoryPointType>>>>("history")
            .Description("The distribution of every vintage month, oldest first, each month's payers by name and then the BUCA aggregate (as of that month): the series for trend charts.")
            .Arguments(RateArguments.ForHistory())
            .ResolveWithDbAsync(async (c, db) =>
            {
                var points = await CodeDistributions.LoadHistoryAsync(db, c.Source.Id, RateArguments.Read(c), c.CancellationToken);
                return c.GetArgument<string?>("payer") is { } payer
                    ? points.Where(p => string.Equals(p.Payer?.Name, payer, StringComparison.OrdinalIgnoreCase)).ToList()
                    : points;
            });
    }
}
