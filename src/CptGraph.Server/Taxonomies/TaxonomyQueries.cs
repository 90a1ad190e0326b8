using CptGraph.Data;
using CptGraph.Server.Schema;
using GraphQL.Types;
using CptGraph.GraphQL.Querying;

namespace CptGraph.Server.Taxonomies;

public sealed class TaxonomyQueries(QueryGraphTypes types) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<TaxonomyType>("taxonomy", "One provider taxonomy by code, e.g. taxonomy(code: \"207L00000X\"); null when unknown.", "The taxonomy code, e.g. \"207L00000X\".", EntityLookups.TaxonomyAsync);
        query.AddConnection(types, "taxonomies", "Taxonomy", "The known provider taxonomies, filtered, ordered (by code unless ordered) and paged.", (CptGraphDbContext db) => db.Taxonomies);
    }
}
