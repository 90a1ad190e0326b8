using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Taxonomies;

public sealed class TaxonomyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<TaxonomyType>("taxonomy")
            .Description("One provider taxonomy by code, e.g. taxonomy(code: \"207L00000X\"); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The taxonomy code, e.g. \"207L00000X\".")
            .ResolveWithDbAsync(async (c, db) =>
            {
                var value = c.GetArgument<string>("code").Trim().ToUpperInvariant();
                return await db.Taxonomies.FirstOrDefaultAsync(t => t.Value == value, c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxonomyType>>>>("taxonomies")
            .Description("Every known provider taxonomy, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Taxonomies.OrderBy(t => t.Value).ToListAsync(c.CancellationToken));
    }
}
