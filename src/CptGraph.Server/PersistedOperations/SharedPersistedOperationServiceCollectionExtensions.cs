using CptGraph.Data;
using CptGraph.GraphQL.PersistedOperations;

namespace CptGraph.Server.PersistedOperations;

public static class SharedPersistedOperationServiceCollectionExtensions
{
    /// <summary>
    /// On PostgreSQL, where replicas share one database, automatic persisted queries are kept in its
    /// <c>PersistedOperations</c> table behind the memory. SQLite serves one process, which its memory already covers;
    /// a registration there would also queue behind a running ingest's write lock.
    /// </summary>
    public static IServiceCollection AddCptGraphSharedPersistedOperations(this IServiceCollection services, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<ISharedPersistedOperationStore, DatabasePersistedOperationStore>();
        }

        return services;
    }
}
