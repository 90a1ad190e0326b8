using static CptGraph.GraphQL.Limits.CostMetadata;

using CptGraph.GraphQL.Querying.Paging;
using CptGraph.GraphQL.Querying.Projections;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a root list as a Relay connection with <c>where</c>, <c>order</c> and paging: one SQL query for the page (only the
    /// columns the selection reads) and a COUNT only when <c>totalCount</c> (or <c>last</c> without <c>before</c>) asks for it.
    /// </summary>
    public static void AddConnection<TDb, TEntity>(this ObjectGraphType type, QueryGraphTypes types, string name, string nodeTypeName,
        string description, Func<TDb, IQueryable<TEntity>> source)
        where TDb : DbContext
        where TEntity : class
    {
        type.Field(name, new NonNullGraphType(types.Connection(name, nodeTypeName)))
            .Description(description)
            .Arguments(QueryableArguments.For<TEntity>(types, paging: true))
            .ResolveAsync(async context =>
            {
                var engine = context.RequestServices!.GetRequiredService<QueryEngine>();
                var request = PageRequest.From(context, engine.Paging);
                var arguments = QueryArgumentValues.From(context);
                var selected = SelectionFields.OfConnectionNodes(context);
                await using var lease = await context.RequestServices!.LeaseDbContextAsync<TDb>(context.CancellationToken);
                var db = lease.Db;
                var rows = engine.Apply(source(db), x => x, arguments);
                var projected = rows.Select(ProjectionBuilder.For<TEntity>(engine.Models.For<TEntity>(), selected));
                return await Pager.PageAsync(request, SelectionFields.Of(context).Contains("totalCount"),
                    () => rows.CountAsync(context.CancellationToken),
                    async (skip, take) => await projected.Skip(skip).Take(take).ToListAsync(context.CancellationToken));
            })
            .Cost(AsyncResolverWeight);
    }
}
