using CptGraph.GraphQL.Live;

namespace CptGraph.Server.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>The outbox tail behind subscriptions; the engine's transports (AddCptGraphTransport) bring the rest.</summary>
    public static IServiceCollection AddCptGraphLive(this IServiceCollection services)
    {
        services.AddSingleton<OutboxEventSource>();
        services.AddSingleton<ILiveEventSource>(sp => sp.GetRequiredService<OutboxEventSource>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxEventSource>());
        return services;
    }
}
