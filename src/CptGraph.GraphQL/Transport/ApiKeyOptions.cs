namespace CptGraph.GraphQL.Transport;

/// <summary>The API keys of every transport, bound from the <c>Security</c> configuration section.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>
    /// Accepted keys (header <c>X-Api-Key</c>; a WebSocket may send it as <c>connection_init</c> payload <c>apiKey</c>).
    /// Empty (the default): no key needed. When set, GET, POST, <c>?sdl</c>, introspection, SSE and WebSocket all need one.
    /// </summary>
    public List<string> ApiKeys { get; set; } = [];
}
