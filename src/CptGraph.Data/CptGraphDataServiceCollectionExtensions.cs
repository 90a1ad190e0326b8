using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Data;

public static class CptGraphDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="CptGraphDbContext"/> factory. Callers create one context per unit of
    /// work (a resolver, an ingest run) because a DbContext must never be shared across parallel fields.
    /// </summary>
    public static IServiceCollection AddCptGraphData(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<CptGraphDbContext>(options => Configure(options, connectionString));
        return services;
    }

    /// <summary>The one place provider options are set, shared by DI, the CLI and design-time tooling.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(600))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
}
