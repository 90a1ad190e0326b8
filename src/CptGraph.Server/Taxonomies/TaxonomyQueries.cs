using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Taxonomies;

public sealed class TaxonomyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<TaxonomyType>("taxonomy", "One provider taxonomy by code, e.g. taxonomy(code: \"207L00000X\"); null when unknown.", "The taxonomy code, e.g. \"207L00000X\".", EntityLookups.TaxonomyAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyType>>>>("taxonomies")
            .Description("Every known provider taxonomy, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Taxonomies.OrderBy(t => t.Value).ToListAsync(c.CancellationToken));
    }
}
