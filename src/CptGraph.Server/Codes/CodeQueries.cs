using CptGraph.Data;
using CptGraph.Server.Schema;
using GraphQL.Types;
using CptGraph.GraphQL.Querying;

namespace CptGraph.Server.Codes;

public sealed class CodeQueries(QueryGraphTypes types) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<CodeType>("code", "One code by its value, e.g. code(code: \"96375\"); null when unknown.", "The CPT/HCPCS code, e.g. \"96375\".", EntityLookups.CodeAsync);
        query.AddConnection(types, "codes", "Code", "The known codes, filtered, ordered (by code unless ordered) and paged.", (CptGraphDbContext db) => db.Codes);
    }
}
