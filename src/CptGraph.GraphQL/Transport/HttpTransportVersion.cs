namespace CptGraph.GraphQL.Transport;

/// <summary>Named after Hot Chocolate's setting of the same name.</summary>
public enum HttpTransportVersion
{
    /// <summary>
    /// A missing or wildcard Accept gets <c>application/json</c>, as the GraphQL-over-HTTP spec says clients
    /// written before its 2025 watershed expect (the graphql-http audit checks this as a SHOULD).
    /// </summary>
    Legacy,

    /// <summary>A missing or wildcard Accept gets <c>application/graphql-response+json</c>, Hot Chocolate's default.</summary>
    Latest,
}
