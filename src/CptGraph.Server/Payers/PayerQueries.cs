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
                // The exact spelling wins over another payer that differs only in case (one an older ingest may have created).
                var name = c.GetArgument<string>("name").Trim();
                var upper = name.ToUpperInvariant();
                return await db.Payers.Where(p => p.Name.ToUpper() == upper).OrderBy(p => p.Name == name ? 0 : 1).ThenBy(p => p.Id)
                    .FirstOrDefaultAsync(c.CancellationToken);
            });
    }
}
