using CptGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Schema;

public static class DbServiceProviderExtensions
{
    /// <summary>A fresh context per resolver: GraphQL runs sibling fields in parallel and a DbContext is not thread-safe.</summary>
    public static Task<CptGraphDbContext> CreateDbAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IDbContextFactory<CptGraphDbContext>>().CreateDbContextAsync(cancellationToken);
}
