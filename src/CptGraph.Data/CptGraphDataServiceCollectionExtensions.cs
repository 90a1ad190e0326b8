using CptGraph.Data.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Data;

public static class CptGraphDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="CptGraphDbContext"/> factory. Callers create one context per unit of
    /// work (a resolver, an ingest run) because a DbContext must never be shared across parallel fields.
    /// </summary>
    public static IServiceCollection AddCptGraphData(this IServiceCollection services, string connectionString, CptGraphDataOptions? dataOptions = null)
    {
        services.AddSingleton(dataOptions ?? new CptGraphDataOptions());
        services.AddPooledDbContextFactory<CptGraphDbContext>(options => Configure(options, connectionString, dataOptions));
        return services;
    }

    /// <summary>A pooled factory outside DI: a second database beside the registered one (a read standby, migrate-store's two).</summary>
    public static IDbContextFactory<CptGraphDbContext> CreatePooledFactory(string connectionString, CptGraphDataOptions dataOptions) =>
        new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<CptGraphDbContext>(
            (DbContextOptions<CptGraphDbContext>)Configure(new DbContextOptionsBuilder<CptGraphDbContext>(), connectionString, dataOptions).Options);

    /// <summary>The one place provider options are set, shared by DI, the CLI and design-time tooling.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, CptGraphDataOptions? dataOptions = null)
    {
        dataOptions ??= new CptGraphDataOptions();

        var timeout = (int)Math.Ceiling(dataOptions.LockTimeout.TotalSeconds);

        // A list in a query (every data loader's ids.Contains(row.ParentId)) is sent as ONE parameter (SQLite json_each,
        // PostgreSQL an array). EF Core 10's default expands it into one parameter per element, which makes the SQL depend
        // on the list and turns EF's SQL cache off for the query: every request regenerated every loader's SQL under the
        // command cache's lock (docs/benchmarks/2026-12-02-api-profile.md).
        if (dataOptions.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(timeout).MigrationsAssembly(DatabaseProviders.PostgresMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
        else
        {
            // Microsoft.Data.Sqlite retries a locked database until the command timeout: it is the lock wait.
            options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(timeout).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(new SqliteLockWaitInterceptor(dataOptions.LockTimeout));
        }

        // Every command of both providers is counted (cptgraph.db.commands): the SQL a request costs, seen from /metrics.
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).AddInterceptors(DbCommandCountingInterceptor.Instance);
        if (dataOptions.MaxDatabaseMegabytes is { } megabytes && dataOptions.Provider == DatabaseProvider.Sqlite)
        {
            options.AddInterceptors(new SqliteSizeCapInterceptor(megabytes));
        }

        if (dataOptions.HoldConnectionsOpen && dataOptions.Provider == DatabaseProvider.Sqlite)
        {
#pragma warning disable EF1001 // the provider's connection service, replaced by one whose connection stays open
            options.ReplaceService<Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal.ISqliteRelationalConnection, HeldSqliteConnection>()
                .AddInterceptors(new SqliteStatementCache());
#pragma warning restore EF1001
        }

        if (dataOptions.Interceptors.Count > 0)
        {
            options.AddInterceptors(dataOptions.Interceptors);
        }

        return options;
    }
}
