using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying;

public static class DbContextServiceProviderExtensions
{
    /// <summary>
    /// A fresh context from the application's <see cref="IDbContextFactory{TContext}"/>: GraphQL runs sibling fields in
    /// parallel and a DbContext is not thread-safe, so every resolver and batch opens its own.
    /// </summary>
    public static Task<TDb> CreateDbContextAsync<TDb>(this IServiceProvider services, CancellationToken cancellationToken)
        where TDb : DbContext =>
        services.GetRequiredService<IDbContextFactory<TDb>>().CreateDbContextAsync(cancellationToken);
}
