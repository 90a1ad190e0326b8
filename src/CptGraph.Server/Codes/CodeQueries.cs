using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

public sealed class CodeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<CodeType>("code")
            .Description("One code by its value, e.g. code(code: \"96375\"); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The CPT/HCPCS code, e.g. \"96375\".")
            .ResolveWithDbAsync(async (c, db) =>
            {
                var value = c.GetArgument<string>("code").Trim().ToUpperInvariant();
                return await db.Codes.FirstOrDefaultAsync(code => code.Value == value, c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeType>>>>("codes")
            .Description("Every known code, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Codes.OrderBy(code => code.Value).ToListAsync(c.CancellationToken));
    }
}
