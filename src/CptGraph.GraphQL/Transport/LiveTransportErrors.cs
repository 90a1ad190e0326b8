using System.Text.Json;

namespace CptGraph.GraphQL.Transport;

/// <summary>The HTTP answers of the streaming transports when a connection is refused before it starts.</summary>
public static class LiveTransportErrors
{
    public const string ConnectionLimitCode = "LIVE_CONNECTION_LIMIT";
    public const string NotAuthenticatedCode = "AUTH_NOT_AUTHENTICATED";

    public static Task WriteConnectionLimitAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status503ServiceUnavailable, ConnectionLimitCode, "Too many live connections; try again later.");

    public static Task WriteNotAuthenticatedAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status401Unauthorized, NotAuthenticatedCode, "A valid API key (X-Api-Key) is required for subscriptions.");

    private static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{GraphQLMediaTypes.Json}; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code } } } }));
    }
}
