using System.Text;
using System.Text.Json;
using CptGraph.GraphQL.Live;
using GraphQL;

namespace CptGraph.GraphQL.Transport.WebSockets;

internal sealed partial class GraphQLWsConnection
{
    private async Task HandleAsync(ReadOnlyMemory<byte> json)
    {
        if (RequestJson.InvalidUtf8Offset(json.Span) is { } offset)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, $"Invalid message received: not UTF-8 at byte {offset}");
            return;
        }

        JsonElement message;
        try
        {
            message = RequestJson.ParseWhole(json.Span);
        }
        catch (JsonException)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        JsonElement? payload = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
        switch (type)
        {
            case GraphQLWsMessageTypes.ConnectionInit:
                await InitialiseAsync(payload);
                break;
            case GraphQLWsMessageTypes.Ping:
                Send(new { type = GraphQLWsMessageTypes.Pong });
                break;
            case GraphQLWsMessageTypes.Pong:
                break;
            case GraphQLWsMessageTypes.Subscribe:
                Subscribe(Id(message), payload);
                break;
            case GraphQLWsMessageTypes.Complete:
                if (Id(message) is { } id && _operations.TryRemove(id, out var operation))
                {
                    operation.Cancel();
                }

                break;
            default:
                RequestClose(GraphQLWsCloseCodes.BadRequest, $"Invalid message received: unexpected type '{type}'");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload)
    {
        if (_initReceived)
        {
            RequestClose(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message received: the connection_init payload must be an object");
            return;
        }

        var access = await authorizer.AuthorizeAsync(context, payload, context.RequestAborted);
        if (!access.Admitted)
        {
            // graphql-transport-ws closes a refused connection with 4403; a refused token says why in the reason.
            RequestClose(GraphQLWsCloseCodes.Forbidden, access.Code == Security.AccessDecision.InvalidTokenCode ? Truncate("Forbidden: " + access.Reason) : "Forbidden");
            return;
        }

        _acknowledged = true;
        Send(new { type = GraphQLWsMessageTypes.ConnectionAck });
    }

    private void Subscribe(string? id, JsonElement? payload)
    {
        if (!_acknowledged)
        {
            RequestClose(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (id is null || payload is not { } body)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message received: subscribe needs an id and a payload");
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = parser.ParseObject(body);
        }
        catch (GraphQLHttpRequestException ex) when (ex.ConcernsOperation)
        {
            Send(new { id, type = GraphQLWsMessageTypes.Error, payload = new[] { new { message = ex.Message, extensions = new { code = ex.Code } } } });
            return;
        }
        catch (GraphQLHttpRequestException ex)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, Truncate($"Invalid message received: {ex.Message}"));
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            RequestClose(GraphQLWsCloseCodes.SubscriberAlreadyExists, Truncate($"Subscriber for {id} already exists"));
            return;
        }

        _ = RunOperationAsync(id, request, cancellation);
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource cancellation)
    {
        try
        {
            var live = new LiveRequest
            {
                LastEventId = GraphQLOperationRunner.LastEventId(request),
                Dropped = _ => RequestClose(GraphQLWsCloseCodes.TryAgainLater, "Subscriber buffer full: reconnect and resume with your last event id.", immediately: true),
            };
            var result = await runner.ExecuteAsync(request, context, live, Telemetry.GraphQLTransport.Ws, cancellation.Token);
            if (result.Streams is not { Count: > 0 } streams)
            {
                if (!result.Executed && result.Errors is { Count: > 0 })
                {
                    Send(new { id, type = GraphQLWsMessageTypes.Error, payload = ErrorsOf(result) });
                }
                else
                {
                    SendNext(id, result);
                    SendComplete(id, cancellation);
                }

                return;
            }

            var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = streams.Values.First().Subscribe(new Observer(this, id, completed));
            await completed.Task.WaitAsync(cancellation.Token);
            SendComplete(id, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client completed the operation, or the connection ended.
        }
        catch (Exception ex)
        {
            // Whatever failed, the client gets an answer for its operation instead of waiting forever.
            logger.LogError(ex, "WebSocket operation {OperationId} failed", id);
            Send(new { id, type = GraphQLWsMessageTypes.Error, payload = new[] { new { message = "The operation failed unexpectedly.", extensions = new { code = GraphQLErrorCodes.UnexpectedError } } } });
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private void SendNext(string id, ExecutionResult result) =>
        Send(new { id, type = GraphQLWsMessageTypes.Next, payload = RequestJson.ParseWhole(Encoding.UTF8.GetBytes(serializer.Serialize(result))) });

    private void SendComplete(string id, CancellationTokenSource cancellation)
    {
        if (!cancellation.IsCancellationRequested)
        {
            Send(new { id, type = GraphQLWsMessageTypes.Complete });
        }
    }

    private JsonElement ErrorsOf(ExecutionResult result) =>
        RequestJson.ParseWhole(Encoding.UTF8.GetBytes(serializer.Serialize(result))).GetProperty("errors");

    private static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    // A close reason may hold at most 123 UTF-8 bytes.
    private static string Truncate(string reason) => reason.Length <= 120 ? reason : reason[..120];

    private sealed class Observer(GraphQLWsConnection connection, string id, TaskCompletionSource completed) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => connection.SendNext(id, value);

        public void OnError(Exception error) => completed.TrySetResult();

        public void OnCompleted() => completed.TrySetResult();
    }
}
