namespace CptGraph.GraphQL.Telemetry;

/// <summary>The transport an operation came in by: the <c>transport</c> label of the operation metrics (http, ws, sse).</summary>
public enum GraphQLTransport
{
    Http,
    Ws,
    Sse,
}
