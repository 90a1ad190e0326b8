using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

public sealed class CodeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<CodeType>("code", "One code by its value, e.g. code(code: \"96375\"); null when unknown.", "The CPT/HCPCS code, e.g. \"96375\".", EntityLookups.CodeAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeType>>>>("codes")
            .Description("Every known code, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Codes.OrderBy(code => code.Value).ToListAsync(c.CancellationToken));
    }
}
