using System.Text.Json;
using CptGraph.GraphQL.Security;

namespace CptGraph.GraphQL.Transport;

/// <summary>The HTTP answers of the transports when a request or connection is refused before it starts.</summary>
public static class LiveTransportErrors
{
    public const string ConnectionLimitCode = "LIVE_CONNECTION_LIMIT";
    public const string NotAuthenticatedCode = AccessDecision.NotAuthenticatedCode;

    public static Task WriteConnectionLimitAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status503ServiceUnavailable, ConnectionLimitCode, "Too many live connections; try again later.");

    /// <summary>401 with the decision's code; a bearer challenge (RFC 6750) when tokens are accepted.</summary>
    public static Task WriteRefusedAsync(HttpContext context, AccessDecision decision)
    {
        if (decision.ConcernsBearer)
        {
            context.Response.Headers.WWWAuthenticate = decision.Code == AccessDecision.InvalidTokenCode ? "Bearer error=\"invalid_token\"" : "Bearer";
        }

        return WriteAsync(context, StatusCodes.Status401Unauthorized, decision.Code!, decision.Reason!);
    }

    private static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{GraphQLMediaTypes.Json}; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code } } } }));
    }
}
