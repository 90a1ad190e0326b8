using System.Text.Json;
using CptGraph.GraphQL.Security;

namespace CptGraph.GraphQL.Live;

/// <summary>
/// The auth hook of live connections: called with the WebSocket <c>connection_init</c> payload (null for SSE,
/// which has only its HTTP request). Replace the registration to check tenants or anything else.
/// </summary>
public interface ILiveConnectionAuthorizer
{
    ValueTask<AccessDecision> AuthorizeAsync(HttpContext context, JsonElement? initPayload, CancellationToken cancellationToken);
}
