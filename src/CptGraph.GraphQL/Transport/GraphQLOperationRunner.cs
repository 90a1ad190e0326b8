using CptGraph.GraphQL.Live;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.GraphQL.Transport;

/// <summary>Executes one operation for the streaming transports (WebSocket, SSE), with the live context the subscription fields read.</summary>
public sealed class GraphQLOperationRunner(IDocumentExecuter<ISchema> executer)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, HttpContext context, LiveRequest live, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            DocumentId = request.DocumentId,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = live.ToUserContext(),
            CancellationToken = cancellationToken,
        });

    /// <summary>The <c>lastEventId</c> a WebSocket client puts in its subscribe payload's extensions.</summary>
    public static long? LastEventId(GraphQLHttpRequest request) =>
        request.Extensions is { } extensions && extensions.TryGetValue("lastEventId", out var value) ? LiveRequest.ParseEventId(value) : null;
}
