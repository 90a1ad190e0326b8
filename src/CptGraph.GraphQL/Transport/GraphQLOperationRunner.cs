using System.Diagnostics;
using CptGraph.GraphQL.Live;
using CptGraph.GraphQL.Telemetry;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.GraphQL.Transport;

/// <summary>
/// Executes one operation for the streaming transports (WebSocket, SSE), with the live context the subscription fields
/// read, and records it as the HTTP endpoint does (a subscription's duration is its set-up, not the stream's life).
/// </summary>
public sealed class GraphQLOperationRunner(IDocumentExecuter<ISchema> executer, GraphQLOperationRecorder recorder)
{
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLHttpRequest request, HttpContext context, LiveRequest live, GraphQLTransport transport, CancellationToken cancellationToken)
    {
        var userContext = live.ToUserContext();
        using var activity = GraphQLTelemetry.Start();
        var started = Stopwatch.GetTimestamp();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            DocumentId = request.DocumentId,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = userContext,
            CancellationToken = cancellationToken,
        });
        recorder.Record(activity, result, Stopwatch.GetElapsedTime(started), transport, userContext);
        return result;
    }

    /// <summary>The <c>lastEventId</c> a WebSocket client puts in its subscribe payload's extensions.</summary>
    public static long? LastEventId(GraphQLHttpRequest request) =>
        request.Extensions is { } extensions && extensions.TryGetValue("lastEventId", out var value) ? LiveRequest.ParseEventId(value) : null;
}
