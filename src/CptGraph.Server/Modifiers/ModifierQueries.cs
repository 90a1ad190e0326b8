using CptGraph.Data;
using CptGraph.Server.Schema;
using GraphQL.Types;
using CptGraph.GraphQL.Querying;

namespace CptGraph.Server.Modifiers;

public sealed class ModifierQueries(QueryGraphTypes types) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<ModifierType>("modifier", "One modifier by its code, e.g. modifier(code: \"59\"); null when unknown.", "The modifier, e.g. \"59\".", EntityLookups.ModifierAsync);
        query.AddConnection(types, "modifiers", "Modifier", "The known modifiers, filtered, ordered (by code unless ordered) and paged.", (CptGraphDbContext db) => db.Modifiers);
    }
}
