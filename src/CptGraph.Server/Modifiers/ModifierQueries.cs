using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Modifiers;

public sealed class ModifierQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<ModifierType>("modifier", "One modifier by its code, e.g. modifier(code: \"59\"); null when unknown.", "The modifier, e.g. \"59\".", EntityLookups.ModifierAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModifierType>>>>("modifiers")
            .Description("Every known modifier, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Modifiers.OrderBy(m => m.Value).ToListAsync(c.CancellationToken));
    }
}
