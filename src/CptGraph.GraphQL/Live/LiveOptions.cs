namespace CptGraph.GraphQL.Live;

/// <summary>Subscription settings, bound from the <c>Live</c> configuration section.</summary>
public sealed class LiveOptions
{
    /// <summary>How often the outbox is polled for newly committed events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Events buffered per subscription between the tail and the connection; a fuller one is dropped.</summary>
    public int SubscriberBuffer { get; set; } = 1024;

    /// <summary>Messages queued per connection for sending; a client that lets it fill is disconnected.</summary>
    public int ConnectionSendBuffer { get; set; } = 256;

    /// <summary>Open WebSocket and SSE connections at once; more get 503 (or WebSocket close 1013).</summary>
    public int MaxConnections { get; set; } = 500;

    /// <summary>How long a WebSocket may wait before sending <c>connection_init</c> (graphql-ws default: 3 s).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Accepted API keys (<c>connection_init</c> payload <c>apiKey</c>, SSE header <c>X-Api-Key</c>); empty: no key needed.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>
    /// Origins (e.g. <c>https://app.example</c>) whose pages may open a WebSocket, besides the server's own; <c>*</c>
    /// allows any. A browser always sends <c>Origin</c>, so without this any site a user visits could subscribe with
    /// the user's network position; clients that send no Origin (non-browsers) are not affected.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Outbox events kept for clients that resume; older ones are pruned.</summary>
    public int RetainedEvents { get; set; } = 100_000;
}
