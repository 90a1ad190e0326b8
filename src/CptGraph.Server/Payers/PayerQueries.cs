using CptGraph.Data;
using CptGraph.Server.Schema;
using CptGraph.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Payers;

public sealed class PayerQueries(QueryGraphTypes types) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection(types, "payers", "Payer", "The payers, Medicare included, filtered, ordered (by name unless ordered) and paged.", (CptGraphDbContext db) => db.Payers);
        query.Field<PayerType>("payer")
            .Description("One payer by name (case-insensitive), e.g. payer(name: \"Cigna\"); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The payer's name.")
            .ResolveWithDbAsync(async (c, db) =>
            {
                var name = c.GetArgument<string>("name").Trim().ToUpperInvariant();
                return await db.Payers.FirstOrDefaultAsync(p => p.Name.ToUpper() == name, c.CancellationToken);
            });
    }
}
