using CptGraph.Data;
using CptGraph.GraphQL.Live;
using CptGraph.Server.Live.Postgres;

namespace CptGraph.Server.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The outbox tail behind subscriptions, woken by SQLite's poller or PostgreSQL's LISTEN/NOTIFY (after
    /// <c>AddCptGraphData</c>, whose options say which); the engine's transports (AddCptGraphTransport) bring the rest.
    /// </summary>
    public static IServiceCollection AddCptGraphLive(this IServiceCollection services)
    {
        services.AddSingleton<IOutboxWakeup>(sp => sp.GetRequiredService<CptGraphDataOptions>().Provider == DatabaseProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresOutboxListener>(sp)
            : ActivatorUtilities.CreateInstance<OutboxPollingWakeup>(sp));
        services.AddSingleton<LiveEventLookups>();
        services.AddSingleton<OutboxEventSource>();
        services.AddSingleton<ILiveEventSource>(sp => sp.GetRequiredService<OutboxEventSource>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxEventSource>());
        return services;
    }
}
