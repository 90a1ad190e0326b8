using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.Server.Codes;
using CptGraph.Server.Nodes;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using CptGraph.Server.Provenance;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Taxonomies;

public sealed class TaxonomyType : ObjectGraphType<Taxonomy>
{
    private static readonly ChildList<CptGraphDbContext, CodeTaxonomy, Code> Codes = new(
        db => db.CodeTaxonomies.Include(l => l.Code), l => l.TaxonomyId, l => l.Code, DefaultOrder<Code>.By(c => c.Value));

    public TaxonomyType(QueryGraphTypes types)
    {
        Name = "Taxonomy";
        Description = "A NUCC provider taxonomy: a specialty that performs the service.";
        this.ImplementNode(t => t.Value);
        Field("code", t => t.Value).Description("The taxonomy code, e.g. \"207RI0011X\".");
        Field(t => t.Specialty).Description("The specialty, e.g. \"Interventional Cardiology\" (the NUCC display name once the NUCC file is imported).");
        Field(t => t.Grouping, nullable: true).Description("NUCC grouping, e.g. \"Allopathic & Osteopathic Physicians\".");
        Field(t => t.Classification, nullable: true).Description("NUCC classification, e.g. \"Internal Medicine\".");
        Field(t => t.Specialization, nullable: true).Description("NUCC specialization, e.g. \"Interventional Cardiology\"; null for a classification-level code.");
        Field(t => t.DisplayName, nullable: true).Description("NUCC display name, e.g. \"Internal Medicine Physician\".");
        Field(t => t.Definition, nullable: true).Description("NUCC definition.");
        Field(t => t.Section, nullable: true).Description("NUCC section: Individual or Non-Individual.");
        this.AddProvenance(t => t.IngestRunId, "The NUCC file this taxonomy was imported from; null for curated-only taxonomies.");
        this.AddChildConnection(types, "codes", "taxonomyCodes", "Code",
            "The procedure codes associated with this taxonomy (by code unless ordered).", t => t.Id, Codes);
    }
}
