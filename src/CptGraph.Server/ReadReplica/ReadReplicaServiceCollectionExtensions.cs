using CptGraph.Data;
using CptGraph.GraphQL.Querying;

namespace CptGraph.Server.ReadReplica;

public static class ReadReplicaServiceCollectionExtensions
{
    /// <summary>
    /// With <c>ConnectionStrings__CptGraphRead</c> set (PostgreSQL only: a streaming standby of the primary), queries read
    /// there; the migrator, the seeder, ingest, the outbox tail, live-event reads, persisted operations and <c>/readyz</c>
    /// keep the primary factory, so nothing ever writes to the standby and an event is never read before it is visible.
    /// </summary>
    public static IServiceCollection AddCptGraphReadReplica(this IServiceCollection services, IConfiguration configuration, CptGraphDataOptions dataOptions)
    {
        var readConnectionString = configuration.GetConnectionString(DatabaseLocation.ReadConnectionStringName);
        if (string.IsNullOrWhiteSpace(readConnectionString))
        {
            return services;
        }

        if (dataOptions.Provider != DatabaseProvider.Postgres)
        {
            throw new DatabaseConfigurationException(
                $"ConnectionStrings__{DatabaseLocation.ReadConnectionStringName} is a PostgreSQL standby's connection string: set Database__Provider=postgres, or leave it unset on SQLite");
        }

        services.AddSingleton(new ReadDbContextFactory<CptGraphDbContext>(
            CptGraphDataServiceCollectionExtensions.CreatePooledFactory(readConnectionString, dataOptions)));
        return services;
    }
}
