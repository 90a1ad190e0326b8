using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Reference;
using CptGraph.Server.Diagnoses;
using CptGraph.Server.Modifiers;
using CptGraph.Server.Nodes;
using CptGraph.Server.ReferenceEntities;
using CptGraph.Server.Positions;
using CptGraph.Server.Providers;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using GraphQL.Types;
using GraphQL;
using CptGraph.Server.Provenance;

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
        Field(c => c.DescriptorLicensed).Description("True when the official descriptor may be shown here: HCPCS Level II (public domain) or a CPT descriptor a licensed user imported. CPT descriptors are AMA text and never bundled: a CPT code without one says false.");
        Field(c => c.LongDescription, nullable: true).Description("The official long descriptor (HCPCS Level II).");
        Field(c => c.ShortDescription, nullable: true).Description("The official short descriptor (HCPCS Level II, at most 28 characters).");
        Field<DateOnlyGraphType>("addedDate").Description("HCPCS: when the code was added.").Resolve(c => c.Source.AddedOn);
        Field<DateOnlyGraphType>("actionEffectiveDate").Description("HCPCS: when the release's action on the code took effect.").Resolve(c => c.Source.ActionEffectiveOn);
        Field<DateOnlyGraphType>("terminationDate").Description("HCPCS: when the code was terminated; null while active.").Resolve(c => c.Source.TerminatedOn);
        Field(c => c.ActionCode, nullable: true).Description("HCPCS action code of the release (A added, B changed payment, C changed descriptor, D discontinued, N no change, …).");
        Field(c => c.CoverageCode, nullable: true).Description("HCPCS Medicare coverage code (C carrier judgement, D special coverage instructions, I not payable by Medicare, M non-covered, S non-covered by statute).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("pricingIndicators")
            .Description("HCPCS pricing indicators PRICE1–PRICE4 as present (e.g. 51: drugs, 11: physician fee schedule).")
            .Resolve(c => c.Source.PricingIndicators?.Split(',') ?? []);
        Field(c => c.MultiplePricingIndicator, nullable: true).Description("HCPCS multiple pricing indicator (A: not applicable, only one pricing indicator).");
        Field(c => c.BetosCode, nullable: true).Description("The BETOS (Berenson-Eggers type of service) category, e.g. O1E (other drugs).");
        this.AddProvenance(c => c.IngestRunId, "The official file (HCPCS workbook, RVU file or NCCI table) that last wrote the code's official fields; null for codes only curated content describes.");
        Field<MueType>("mue").Description("The practitioner MUE: the most units per provider, patient and date of service; null when the code has none.")
            .Resolve(c => MueLoader.Load(c.RequestServices!, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingMetadata")
            .Description("The names of the descriptive fields the source content did not provide (they are null).")
            .Resolve(c => CodeMetadata.Missing(c.Source));

        this.AddChildList<Code, CodeModifierType, CptGraphDbContext, CodeModifier, CodeModifier>(types, "modifiers",
            "Modifiers commonly reported with the code, with when to use each (by modifier unless ordered).", c => c.Id, CodeLists.Modifiers);
        this.AddChildList<Code, ReferenceEntityType<Taxonomy>, CptGraphDbContext, CodeTaxonomy, Taxonomy>(types, "taxonomies",
            "Provider taxonomies (specialties) associated with the code (by code unless ordered).", c => c.Id, CodeLists.Taxonomies);
        this.AddChildList<Code, CodeDiagnosisType, CptGraphDbContext, CodeDiagnosis, CodeDiagnosis>(types, "diagnoses",
            "ICD-10-CM diagnoses that commonly accompany the code, with why each is relevant, in content order unless ordered.", c => c.Id, CodeLists.Diagnoses);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeRelationType>>>>("relatedCodes")
            .Description("Related codes and how each relates to this one: the curated content's (in content order unless ordered), then the active official NCCI edits in both directions (add-on/primary, PTP column 1/column 2), each typed and with its source.")
            .Argument<ListGraphType<NonNullGraphType<RelatedCodeKindEnum>>>("kinds", "Only these kinds (default: all).")
            .Arguments(QueryableArguments.For<CodeRelation>(types, paging: false))
            .Resolve(c => RelatedCodeLists.Load(c.RequestServices!, c.Source, QueryArgumentValues.From(c),
                (c.GetArgument<List<RelatedCodeKind>?>("kinds") ?? [.. Enum.GetValues<RelatedCodeKind>()]).ToHashSet()));
        AddEdits(types, "primaryCodes", "codePrimaryCodes",
            "NCCI add-on code edits: the primary codes this add-on code is reported with (by primary code, then effective date, unless ordered); active ones unless includeDeleted.",
            CodeEditLists.PrimaryCodes);
        AddEdits(types, "addOnCodes", "codeAddOnCodes",
            "NCCI add-on code edits: the add-on codes reported with this primary code (by add-on code, then effective date, unless ordered); active ones unless includeDeleted.",
            CodeEditLists.AddOnCodes);
        this.AddChildConnection<Code, CodeEdge>(types, "ptpEdits", "codePtpEdits", "CodeEdit",
            "NCCI practitioner procedure-to-procedure edits with the code as column 1 or column 2 (by the other code unless ordered); active ones unless includeDeleted.",
            [
                new QueryArgument<NonNullGraphType<PtpRoleEnum>> { Name = "role", Description = "COLUMN1: the code is column 1; COLUMN2: the code is column 2." },
                new QueryArgument<BooleanGraphType> { Name = "includeDeleted", Description = "Also the edits that have been deleted (default false).", DefaultValue = false },
            ],
            (c, arguments) => (c.GetArgument<string>("role") == PtpRoleEnum.Column1 ? CodeEditLists.PtpAsColumn1 : CodeEditLists.PtpAsColumn2)
                .Load(c.RequestServices!, $"Code.ptpEdits.{c.GetArgument<string>("role")}", c.Source.Id, arguments, ActiveUnless(c), ActiveKey(c))
                .Then(items => (IReadOnlyList<object>)[.. items]));
        this.AddChildList<Code, MedicareFeeType, CptGraphDbContext, MedicareFee, MedicareFee>(types, "medicareFees",
            "The code's Physician Fee Schedule rows (RVUs, status, national amounts), newest year first unless ordered.", c => c.Id, CodeLists.MedicareFees);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RateDistributionType>>>>("rates")
            .Description("One rate distribution per payer, Medicare included (commercial payers by name, then Medicare, unless ordered), each of its latest vintage (at or before asOf).")
            .Arguments(RateArguments.ForBenchmarks())
            .Arguments(QueryableArguments.For<RateDistribution>(types, paging: false))
            .Arguments(ProviderCut.Arguments())
            .Resolve(c => ProviderCut.Read(c) is { } cut
                ? ProviderCutRates.Rows(c.RequestServices!, c.Source, RateArguments.Read(c), cut)
                : RateLists.Rows(c.RequestServices!, c.Source, RateArguments.Read(c), QueryArgumentValues.From(c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PricedProviderType>>>>("providers")
            .Description("The provider TINs that price the code in the payers' served vintages, by TIN, each named from NPPES (organisation NPI first, then individual) with its taxonomy, state and each payer's rates.")
            .Arguments(RateArguments.ForDistributions())
            .Argument<NonNullGraphType<IntGraphType>>("first", $"How many TINs, 1 to {CodeProviders.MaxFirst} (default 20).", a => a.DefaultValue = 20)
            .Resolve(c =>
            {
                var first = c.GetArgument<int>("first");
                return first is >= 1 and <= CodeProviders.MaxFirst
                    ? CodeProviders.Load(c.RequestServices!, c.Source, RateArguments.Read(c), first, c.CancellationToken)
                    : throw new global::GraphQL.ExecutionError($"first must be between 1 and {CodeProviders.MaxFirst}, not {first}.") { Code = "INVALID_FIRST" };
            });
        Field<NonNullGraphType<BenchmarkType>>("benchmark")
            .Description("The national reimbursement benchmark: Medicare against the BUCA commercial aggregate, gap and spreads, as of the latest vintages (or asOf); with state or taxonomy, the payers and the aggregate are cut as rates(state:, taxonomy:) cuts them (Medicare is national and follows setting).")
            .Arguments(RateArguments.ForBenchmarks())
            .Arguments(ProviderCut.Arguments())
            .Resolve(c => ProviderCut.Read(c) is { } cut
                ? ProviderCutRates.Benchmark(c.RequestServices!, c.Source, RateArguments.Read(c), cut)
                : RateLists.BenchmarkOf(c.RequestServices!, c.Source, RateArguments.Read(c)));
        this.AddPositionField();
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

    private void AddEdits(QueryGraphTypes types, string name, string connectionName, string description, ChildList<CptGraphDbContext, CodeEdge, CodeEdge> list) =>
        this.AddChildConnection<Code, CodeEdge>(types, name, connectionName, "CodeEdit", description,
            [new QueryArgument<BooleanGraphType> { Name = "includeDeleted", Description = "Also the edits that have been deleted (default false).", DefaultValue = false }],
            (c, arguments) => list.Load(c.RequestServices!, $"Code.{name}", c.Source.Id, arguments, ActiveUnless(c), ActiveKey(c))
                .Then(items => (IReadOnlyList<object>)[.. items]));

    private static Func<IQueryable<CodeEdge>, IQueryable<CodeEdge>>? ActiveUnless(IResolveFieldContext c)
    {
        if (c.GetArgument("includeDeleted", false))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return edges => edges.Where(e => e.DeletedOn == null || e.DeletedOn >= today);
    }

    private static string ActiveKey(IResolveFieldContext c) => c.GetArgument("includeDeleted", false) ? "all" : "active";
}
