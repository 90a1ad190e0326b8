using GraphQL;
using GraphQL.Execution;

namespace CptGraph.GraphQL.Transport;

/// <summary>Writes execution results and transport errors in the one GraphQL response shape.</summary>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public async Task WriteAsync(HttpResponse response, ExecutionResult result, string mediaType, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodeFor(result, mediaType);
        response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, cancellationToken);
    }

    public Task WriteErrorAsync(HttpResponse response, GraphQLHttpRequestException error, string mediaType, CancellationToken cancellationToken)
    {
        response.StatusCode = error.StatusCode;
        if (error.Allow is not null)
        {
            response.Headers.Allow = error.Allow;
        }

        response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        return serializer.WriteAsync(response.Body, result, cancellationToken);
    }

    /// <summary>
    /// application/json answers every well-formed request with 200. application/graphql-response+json answers 200 once
    /// execution started (or when a valid operation was only costed, <c>GraphQL-Cost: validate</c>), 400 when the document
    /// failed to parse or validate or its variables failed to coerce.
    /// </summary>
    public static int StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (mediaType == GraphQLMediaTypes.Json || result.Executed || result.Errors is null or { Count: 0 })
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(e => e is UnhandledError) == true
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }
}
