namespace CptGraph.GraphQL.Transport;

/// <summary>A request the transport refuses before execution, with the status and error code to answer.</summary>
public sealed class GraphQLHttpRequestException(int statusCode, string code, string message, string? allow = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>The <c>Allow</c> header of a 405 answer.</summary>
    public string? Allow { get; } = allow;

    /// <summary>
    /// True when the message itself is well-formed but the operation it asks for is not (e.g. a key given twice):
    /// a WebSocket answers it with an <c>error</c> message for that operation rather than closing the connection.
    /// </summary>
    public bool ConcernsOperation { get; init; }
}
