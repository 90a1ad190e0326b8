using CptGraph.Data;
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
            .ResolveAsync(async context =>
            {
                await using var db = await context.RequestServices!.CreateDbAsync(context.CancellationToken);
                return await db.Payers.Include(p => p.Aliases).OrderBy(p => p.Name).ToListAsync(context.CancellationToken);
            });
    }
}
