namespace CptGraph.GraphQL.Transport;

/// <summary>Settings of the GraphQL-over-HTTP endpoint; configure with <c>services.Configure&lt;GraphQLHttpOptions&gt;</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Hot Chocolate's default request size limit.</summary>
    public const long DefaultMaxRequestSize = 20_000_000;

    /// <summary>The largest request body accepted, in bytes; larger ones get 413 with HC0010.</summary>
    public long MaxRequestSize { get; set; } = DefaultMaxRequestSize;

    /// <summary>Which media type answers a request whose Accept header is missing or <c>*/*</c>.</summary>
    public HttpTransportVersion TransportVersion { get; set; } = HttpTransportVersion.Legacy;

    /// <summary>Answers <c>GET ?sdl</c> with the printed schema.</summary>
    public bool EnableSchemaRequests { get; set; } = true;
}
