using CptGraph.GraphQL.Live;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Transport.WebSockets;

/// <summary>
/// Accepts graphql-transport-ws connections on the GraphQL path (Hot Chocolate serves WebSockets on the same
/// path as HTTP); any other request goes on to the HTTP endpoint.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(
    RequestDelegate next, PathString path, GraphQLOperationRunner runner, IGraphQLTextSerializer serializer,
    ILiveConnectionAuthorizer authorizer, LiveConnectionLimiter limiter, IOptions<LiveOptions> options, ILogger<GraphQLWebSocketMiddleware> logger)
{
    private readonly GraphQLHttpRequestParser _parser = new(serializer);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (!WebSocketOrigin.IsAllowed(context.Request, options.Value.AllowedOrigins))
        {
            // Refused before the upgrade: a cross-site page cannot open the socket at all (cross-site WebSocket hijacking).
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new
            {
                errors = new[]
                {
                    new { message = $"WebSocket connections from the origin '{context.Request.Headers.Origin}' are not allowed.", extensions = new { code = GraphQLErrorCodes.OriginNotAllowed } },
                },
            });
            return;
        }

        using var lease = limiter.TryAcquire();
        if (lease is null)
        {
            await LiveTransportErrors.WriteConnectionLimitAsync(context);
            return;
        }

        var subProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsMessageTypes.SubProtocol) ? GraphQLWsMessageTypes.SubProtocol : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subProtocol);
        if (subProtocol is null)
        {
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)GraphQLWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        await new GraphQLWsConnection(socket, context, runner, _parser, serializer, authorizer, options.Value, logger).RunAsync();
    }
}
