namespace CptGraph.Server.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>The outbox tail, the connection limit and the auth hook behind subscriptions.</summary>
    public static IServiceCollection AddCptGraphLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveOptions>(configuration);
        services.AddSingleton<OutboxEventSource>();
        services.AddSingleton<ILiveEventSource>(sp => sp.GetRequiredService<OutboxEventSource>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxEventSource>());
        services.AddSingleton<LiveConnectionLimiter>();
        services.AddSingleton<ILiveConnectionAuthorizer, ApiKeyConnectionAuthorizer>();
        return services;
    }
}
