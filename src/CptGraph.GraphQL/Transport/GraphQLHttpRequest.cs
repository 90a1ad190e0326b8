using GraphQL;

namespace CptGraph.GraphQL.Transport;

/// <summary>The parameters of one GraphQL-over-HTTP request, from a JSON body or a query string.</summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    string? DocumentId);
