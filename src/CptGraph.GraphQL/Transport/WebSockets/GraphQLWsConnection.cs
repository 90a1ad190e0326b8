using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CptGraph.GraphQL.Live;
using GraphQL;

namespace CptGraph.GraphQL.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws connection. A receive loop reads client messages; a single send loop writes everything
/// queued for the client, so operations never write to the socket themselves. The send queue is bounded
/// (<see cref="LiveOptions.ConnectionSendBuffer"/>): a client that lets it fill is closed with 1013 and resumes
/// with its last event id, and no other connection waits for it.
/// </summary>
internal sealed partial class GraphQLWsConnection(
    WebSocket socket, HttpContext context, GraphQLOperationRunner runner, GraphQLHttpRequestParser parser,
    IGraphQLTextSerializer serializer, ILiveConnectionAuthorizer authorizer, LiveOptions options, ILogger logger)
{
    private const int MaxMessageBytes = 1 << 20;

    private readonly Channel<string> _outgoing = Channel.CreateBounded<string>(new BoundedChannelOptions(options.ConnectionSendBuffer) { SingleReader = true });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
    private readonly CancellationTokenSource _closing = new();
    private (int Code, string Reason)? _close;
    private bool _initReceived;
    private bool _acknowledged;

    public async Task RunAsync()
    {
        var sending = SendLoopAsync();
        _ = CloseIfNotInitialisedAsync();
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away or the server is stopping: nothing left to tell anyone.
        }
        finally
        {
            RequestClose((int)WebSocketCloseStatus.NormalClosure, "", immediately: true);
            foreach (var operation in _operations.Values)
            {
                try
                {
                    operation.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The operation finished on its own meanwhile.
                }
            }

            await sending;
            _closing.Dispose();
        }
    }

    /// <summary>Queues a message; a full queue means the client is not reading, and it is disconnected.</summary>
    private void Send(object message)
    {
        if (!_outgoing.Writer.TryWrite(JsonSerializer.Serialize(message)) && _close is null)
        {
            RequestClose(GraphQLWsCloseCodes.TryAgainLater, "Send buffer full: reconnect and resume with your last event id.", immediately: true);
        }
    }

    /// <summary>
    /// Closes after the queued messages (a protocol error) or before them (<paramref name="immediately"/>: a slow
    /// client, which also gets 5 s before its socket is aborted).
    /// </summary>
    private void RequestClose(int code, string reason, bool immediately = false)
    {
        lock (_operations)
        {
            if (_close is not null)
            {
                return;
            }

            _close = (code, reason);
        }

        _outgoing.Writer.TryComplete();
        if (immediately)
        {
            _closing.Cancel();
        }
    }

    private async Task CloseIfNotInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, context.RequestAborted);
            if (!_initReceived)
            {
                RequestClose(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var message in _outgoing.Reader.ReadAllAsync(_closing.Token))
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, _closing.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        if (_close is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync((WebSocketCloseStatus)close.Code, close.Reason, grace.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                socket.Abort();
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (socket.State == WebSocketState.Open && _close is null)
        {
            buffer.Clear();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), context.RequestAborted);
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    RequestClose((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                    return;
                }
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                RequestClose((int)WebSocketCloseStatus.NormalClosure, "");
                return;
            }

            await HandleAsync(buffer.WrittenMemory);
        }
    }
}
