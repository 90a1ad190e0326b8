using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Payers;

public sealed class PayerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayerType>>>>("payers")
            .Description("Every payer, Medicare included, ordered by name.")
            .ResolveWithDbAsync(async (c, db) => await db.Payers.Include(p => p.Aliases).OrderBy(p => p.Name).ToListAsync(c.CancellationToken));
        query.Field<PayerType>("payer")
            .Description("One payer by name (case-insensitive), e.g. payer(name: \"Cigna\"); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The payer's name.")
            .ResolveWithDbAsync(async (c, db) =>
            {
                var name = c.GetArgument<string>("name").Trim().ToUpperInvariant();
                return await db.Payers.Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Name.ToUpper() == name, c.CancellationToken);
            });
    }
}
