using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using CptGraph.Server.ReferenceEntities;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Taxonomies;

/// <summary>NUCC provider taxonomies as a reference code set: <c>taxonomy(code:)</c>, <c>taxonomies</c> and the <c>Taxonomy</c> type.</summary>
public static class TaxonomyReference
{
    public static readonly ReferenceEntity<Taxonomy> Entity = new()
    {
        TypeName = "Taxonomy",
        Description = "A NUCC provider taxonomy: a specialty that performs the service.",
        IsNode = true,
        CodeDescription = "The taxonomy code, e.g. \"207RI0011X\".",
        LookupField = "taxonomy",
        LookupDescription = "One provider taxonomy by code, e.g. taxonomy(code: \"207L00000X\"); null when unknown.",
        LookupArgumentDescription = "The taxonomy code, e.g. \"207L00000X\".",
        ListField = "taxonomies",
        ListDescription = "The known provider taxonomies, filtered, ordered (by code unless ordered) and paged.",
        Rows = db => db.Taxonomies,
        Fields =
        [
            ReferenceField<Taxonomy>.Text("specialty", t => t.Specialty,
                "The specialty, e.g. \"Interventional Cardiology\" (the NUCC display name once the NUCC file is imported)."),
            ReferenceField<Taxonomy>.Text("grouping", t => t.Grouping, "NUCC grouping, e.g. \"Allopathic & Osteopathic Physicians\".", nullable: true),
            ReferenceField<Taxonomy>.Text("classification", t => t.Classification, "NUCC classification, e.g. \"Internal Medicine\".", nullable: true),
            ReferenceField<Taxonomy>.Text("specialization", t => t.Specialization,
                "NUCC specialization, e.g. \"Interventional Cardiology\"; null for a classification-level code.", nullable: true),
            ReferenceField<Taxonomy>.Text("displayName", t => t.DisplayName, "NUCC display name, e.g. \"Internal Medicine Physician\".", nullable: true),
            ReferenceField<Taxonomy>.Text("definition", t => t.Definition, "NUCC definition.", nullable: true),
            ReferenceField<Taxonomy>.Text("section", t => t.Section, "NUCC section: Individual or Non-Individual.", nullable: true),
        ],
        SourceDescription = "The NUCC file this taxonomy was imported from; null for curated-only taxonomies.",
        Codes = ReferenceCodes<Taxonomy>.Of("taxonomyCodes", "Code",
            "The procedure codes associated with this taxonomy (by code unless ordered).",
            new ChildList<CptGraphDbContext, CodeTaxonomy, Code>(db => db.CodeTaxonomies.Include(l => l.Code),
                l => l.TaxonomyId, l => l.Code, DefaultOrder<Code>.By(c => c.Value)),
            t => t.Codes.Select(l => l.Code)),
    };
}
