using CptGraph.Data;
using GraphQL;
using GraphQL.Builders;
using CptGraph.GraphQL.Limits;

namespace CptGraph.Server.Schema;

public static class ResolveWithDbExtensions
{
    /// <summary>
    /// Resolves with a DbContext of the field's own: GraphQL runs sibling fields in parallel and a DbContext is
    /// not thread-safe, so no two resolvers may share one. The field weighs as an async resolver in the cost analysis.
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveWithDbAsync<TSource>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, CptGraphDbContext, Task<object?>> resolve) =>
        field.ResolveAsync(async context =>
        {
            await using var lease = await context.RequestServices!.LeaseDbAsync(context.CancellationToken);
            var db = lease.Db;
            return await resolve(context, db);
        }).Cost(CostMetadata.AsyncResolverWeight);
}
