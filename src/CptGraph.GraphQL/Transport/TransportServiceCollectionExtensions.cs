using CptGraph.GraphQL.Live;
using CptGraph.GraphQL.Security;
using CptGraph.GraphQL.Transport.ServerSentEvents;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CptGraph.GraphQL.Transport;

public static class TransportServiceCollectionExtensions
{
    /// <summary>
    /// What the HTTP, SSE and WebSocket transports need: their options (<c>GraphQL:Http</c>, <c>GraphQL:OperationLog</c>, <c>Live</c> and <c>Security</c> sections of
    /// <paramref name="configuration"/>), the operation runner, the connection limit and the auth hook (API keys and bearer tokens unless
    /// the application registered its own <see cref="ILiveConnectionAuthorizer"/>). Subscriptions also need an
    /// <see cref="ILiveEventSource"/>, which only the application can provide.
    /// </summary>
    public static IServiceCollection AddCptGraphTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLHttpOptions>(configuration.GetSection("GraphQL:Http"));
        services.Configure<LiveOptions>(configuration.GetSection("Live"));
        services.Configure<ApiKeyOptions>(configuration.GetSection("Security"));
        services.Configure<Telemetry.OperationLogOptions>(configuration.GetSection(Telemetry.OperationLogOptions.SectionName));
        services.TryAddSingleton<Telemetry.GraphQLOperationRecorder>();
        services.TryAddSingleton<GraphQLOperationRunner>();
        services.TryAddSingleton<GraphQLSseHandler>();
        services.TryAddSingleton<LiveConnectionLimiter>();
        services.TryAddSingleton<IBearerTokenAuthenticator, NoBearerTokens>();
        services.TryAddSingleton<AccessAuthorizer>();
        services.TryAddSingleton<ILiveConnectionAuthorizer>(provider => provider.GetRequiredService<AccessAuthorizer>());
        return services;
    }
}
