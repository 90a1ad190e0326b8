using CptGraph.Data;
using CptGraph.GraphQL.Querying;

namespace CptGraph.Server.Schema;

public static class DbServiceProviderExtensions
{
    /// <summary>
    /// A fresh context per resolver (GraphQL runs sibling fields in parallel and a DbContext is not thread-safe), on the
    /// read copy when <c>ConnectionStrings__CptGraphRead</c> is set (<see cref="ReadReplicaServiceCollectionExtensions"/>).
    /// </summary>
    public static Task<CptGraphDbContext> CreateDbAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.CreateDbContextAsync<CptGraphDbContext>(cancellationToken);

    /// <summary>The request's context for one query (<see cref="RequestDbContext{TDb}"/>): what resolvers and loaders use.</summary>
    public static Task<DbContextLease<CptGraphDbContext>> LeaseDbAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.LeaseDbContextAsync<CptGraphDbContext>(cancellationToken);
}
