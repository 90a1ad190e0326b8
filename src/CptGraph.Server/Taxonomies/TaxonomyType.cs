using CptGraph.Domain.Codes;
using CptGraph.Server.Codes;
using CptGraph.Server.Nodes;
using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Taxonomies;

public sealed class TaxonomyType : ObjectGraphType<Taxonomy>
{
    public TaxonomyType()
    {
        Name = "Taxonomy";
        Description = "A NUCC provider taxonomy: a specialty that performs the service.";
        this.ImplementNode(t => t.Value);
        Field("code", t => t.Value).Description("The taxonomy code, e.g. \"207RI0011X\".");
        Field(t => t.Specialty).Description("The specialty, e.g. \"Interventional Cardiology\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeType>>>>("codes")
            .Description("The procedure codes associated with this taxonomy, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.CodeTaxonomies.Where(l => l.TaxonomyId == c.Source.Id)
                .OrderBy(l => l.Code.Value).Select(l => l.Code).ToListAsync(c.CancellationToken));
    }
}
