using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CptGraph.Server.Tests.Soak;

/// <summary>
/// One graphql-transport-ws client on a real socket, subscribed to <c>ingestRunFinished</c> for the whole soak: it records
/// every run id it is sent and every message or close it did not expect.
/// </summary>
internal sealed class SoakSubscriber : IAsyncDisposable
{
    private const string Subscription = "subscription { ingestRunFinished { runId status } }";

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<int> _runIds = [];
    private readonly List<string> _problems = [];
    private Task _receiving = Task.CompletedTask;

    public IReadOnlyList<int> RunIds
    {
        get
        {
            lock (_runIds)
            {
                return [.. _runIds];
            }
        }
    }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Connects, and subscribes to every run that finishes after outbox event <paramref name="lastEventId"/>.</summary>
    public static async Task<SoakSubscriber> ConnectAsync(Uri graphQL, int number, long lastEventId)
    {
        var subscriber = new SoakSubscriber();
        subscriber._socket.Options.AddSubProtocol("graphql-transport-ws");
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await subscriber._socket.ConnectAsync(new UriBuilder(graphQL) { Scheme = "ws" }.Uri, patience.Token);
        await subscriber.SendAsync(new { type = "connection_init" }, patience.Token);
        var ack = await subscriber.ReceiveAsync(patience.Token);
        if (ack?.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"subscriber {number}: expected connection_ack, got {ack?.GetRawText() ?? "a close"}");
        }

        await subscriber.SendAsync(new { id = "runs", type = "subscribe", payload = new { query = Subscription, extensions = new { lastEventId } } }, patience.Token);
        subscriber._receiving = subscriber.ReceiveLoopAsync(number);
        return subscriber;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
            if (_socket.State == WebSocketState.Open)
            {
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "soak over", patience.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Closing is best effort; the server's side of it is what the soak measures.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync(int number)
    {
        try
        {
            while (await ReceiveAsync(_stop.Token) is { } message)
            {
                var type = message.GetProperty("type").GetString();
                if (type == "next" && message.GetProperty("payload").TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
                {
                    lock (_runIds)
                    {
                        _runIds.Add(data.GetProperty("ingestRunFinished").GetProperty("runId").GetInt32());
                    }
                }
                else if (type == "ping")
                {
                    await SendAsync(new { type = "pong" }, _stop.Token);
                }
                else
                {
                    Problem($"subscriber {number}: unexpected {message.GetRawText()}");
                }
            }

            Problem($"subscriber {number}: the server closed the socket ({_socket.CloseStatus} {_socket.CloseStatusDescription})");
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The soak is over.
        }
        catch (WebSocketException e)
        {
            Problem($"subscriber {number}: {e.Message}");
        }
    }

    private void Problem(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>The next message, or null when the server closed.</summary>
    private async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var text = new MemoryStream();
        var buffer = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(Encoding.UTF8.GetString(text.ToArray())).RootElement.Clone();
    }
}
