using CptGraph.Data;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Schema;

public static class LookupFieldExtensions
{
    /// <summary>Adds a nullable root field <c>name(code: String!)</c> that finds one entity by its normalised code.</summary>
    public static void AddLookupByCode<TGraphType>(this ObjectGraphType query, string name, string description,
        string argumentDescription, Func<CptGraphDbContext, string, CancellationToken, Task<object?>> find)
        where TGraphType : IGraphType =>
        query.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("code", argumentDescription)
            .ResolveWithDbAsync((c, db) => find(db, EntityLookups.NormaliseCode(c.GetArgument<string>("code")), c.CancellationToken));
}
