using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying;

public static class DbContextServiceProviderExtensions
{
    /// <summary>
    /// A fresh context for a query: from the <see cref="ReadDbContextFactory{TDb}"/> when a read copy is configured, else
    /// from the application's <see cref="IDbContextFactory{TContext}"/> (also while a live event is delivered:
    /// <see cref="PrimaryReads"/>). GraphQL runs sibling fields in parallel and a
    /// DbContext is not thread-safe, so every resolver and batch opens its own.
    /// </summary>
    public static Task<TDb> CreateDbContextAsync<TDb>(this IServiceProvider services, CancellationToken cancellationToken)
        where TDb : DbContext =>
        !PrimaryReads.IsActive && services.GetService<ReadDbContextFactory<TDb>>() is { } read
            ? read.CreateDbContextAsync(cancellationToken)
            : services.GetRequiredService<IDbContextFactory<TDb>>().CreateDbContextAsync(cancellationToken);

    /// <summary>
    /// A context for one query of a request's resolver or data loader batch: the request's own when it is free
    /// (<see cref="RequestDbContext{TDb}"/>), else a fresh one. <paramref name="services"/> is the request's scope.
    /// </summary>
    public static Task<DbContextLease<TDb>> LeaseDbContextAsync<TDb>(this IServiceProvider services, CancellationToken cancellationToken)
        where TDb : DbContext =>
        services.GetRequiredService<RequestDbContext<TDb>>().LeaseAsync(cancellationToken);
}
