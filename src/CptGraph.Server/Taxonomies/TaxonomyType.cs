using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.Server.Codes;
using CptGraph.Server.Nodes;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
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
        Field(t => t.Specialty).Description("The specialty, e.g. \"Interventional Cardiology\".");
        this.AddChildConnection(types, "codes", "taxonomyCodes", "Code",
            "The procedure codes associated with this taxonomy (by code unless ordered).", t => t.Id, Codes);
    }
}
