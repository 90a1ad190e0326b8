using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using CptGraph.Server.Diagnoses;
using CptGraph.Server.Modifiers;
using CptGraph.Server.Nodes;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using CptGraph.Server.Taxonomies;
using GraphQL.Types;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

public sealed class CodeType : ObjectGraphType<Code>
{
    public CodeType()
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

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeModifierType>>>>("modifiers")
            .Description("Modifiers commonly reported with the code, with when to use each.")
            .ResolveWithDbAsync(async (c, db) => await db.CodeModifiers.Where(l => l.CodeId == c.Source.Id)
                .Include(l => l.Modifier).Include(l => l.Code).OrderBy(l => l.Modifier.Value).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyType>>>>("taxonomies")
            .Description("Provider taxonomies (specialties) associated with the code.")
            .ResolveWithDbAsync(async (c, db) => await db.CodeTaxonomies.Where(l => l.CodeId == c.Source.Id)
                .OrderBy(l => l.Taxonomy.Value).Select(l => l.Taxonomy).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeDiagnosisType>>>>("diagnoses")
            .Description("ICD-10-CM diagnoses that commonly accompany the code, with why each is relevant, in content order.")
            .ResolveWithDbAsync(async (c, db) => await db.CodeDiagnoses.Where(l => l.CodeId == c.Source.Id)
                .Include(l => l.Diagnosis).Include(l => l.Code).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeRelationType>>>>("relatedCodes")
            .Description("Related codes and how each relates to this one.")
            .ResolveWithDbAsync(async (c, db) => await db.CodeRelations.Where(r => r.CodeId == c.Source.Id)
                .Include(r => r.RelatedCode).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MedicareFeeType>>>>("medicareFees")
            .Description("The code's Physician Fee Schedule rows (RVUs, status, national amounts), newest year first.")
            .ResolveWithDbAsync(async (c, db) => await db.MedicareFees.Where(f => f.CodeId == c.Source.Id)
                .OrderByDescending(f => f.Year).ThenBy(f => f.Modifier).ToListAsync(c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RateDistributionType>>>>("rates")
            .Description("One rate distribution per payer, Medicare included (commercial payers by name, then Medicare), each of its latest vintage (at or before asOf).")
            .Arguments(RateArguments.ForDistributions())
            .ResolveWithDbAsync(async (c, db) =>
            {
                var items = await CodeDistributions.LoadAsync(db, c.Source.Id, RateArguments.Read(c), c.CancellationToken);
                var medicareMean = BenchmarkCalculator.Compute(c.Source.Value, items).Medicare?.Distribution.Mean;
                return items.Where(i => i.Payer is not null).Select(i => new RateRow(i, medicareMean)).ToList();
            });
        Field<NonNullGraphType<BenchmarkType>>("benchmark")
            .Description("The national reimbursement benchmark: Medicare against the BUCA commercial aggregate, gap and spreads, as of the latest vintages (or asOf).")
            .Arguments(RateArguments.ForDistributions())
            .ResolveWithDbAsync(async (c, db) => BenchmarkCalculator.Compute(c.Source.Value,
                await CodeDistributions.LoadAsync(db, c.Source.Id, RateArguments.Read(c), c.CancellationToken)));
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
