using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Modifiers;

public sealed class ModifierQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ModifierType>("modifier")
            .Description("One modifier by its code, e.g. modifier(code: \"59\"); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The modifier, e.g. \"59\".")
            .ResolveWithDbAsync(async (c, db) =>
            {
                var value = c.GetArgument<string>("code").Trim().ToUpperInvariant();
                return await db.Modifiers.FirstOrDefaultAsync(m => m.Value == value, c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModifierType>>>>("modifiers")
            .Description("Every known modifier, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Modifiers.OrderBy(m => m.Value).ToListAsync(c.CancellationToken));
    }
}
