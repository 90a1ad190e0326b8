using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace CptGraph.Server.Tests.Live;

/// <summary>A raw WebSocket client speaking graphql-transport-ws message by message, for the protocol's edge cases.</summary>
public sealed class GraphQLWsTestClient : IAsyncDisposable
{
    // A safety net so a broken server fails the test instead of hanging it; no test measures time with it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly WebSocket _socket;

    private GraphQLWsTestClient(WebSocket socket) => _socket = socket;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<GraphQLWsTestClient> ConnectAsync(TestServer server, string? subProtocol = "graphql-transport-ws")
    {
        var client = server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        return new GraphQLWsTestClient(await client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>Connects and completes connection_init / connection_ack.</summary>
    public static async Task<GraphQLWsTestClient> ConnectAndInitAsync(TestServer server, object? payload = null)
    {
        var client = await ConnectAsync(server);
        await client.SendAsync(new { type = "connection_init", payload });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    /// <summary>Sends raw bytes as one text frame, e.g. invalid UTF-8.</summary>
    public Task SendBytesAsync(byte[] bytes) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null, object? extensions = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables, extensions } });

    /// <summary>The next message; fails when the server closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (type, text) = await ReceiveFrameAsync();
        Assert.True(type == WebSocketMessageType.Text, $"Expected a message, the server closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Waits for the server's close frame and returns its code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        while (true)
        {
            var (type, _) = await ReceiveFrameAsync();
            if (type == WebSocketMessageType.Close)
            {
                return ((int)_socket.CloseStatus!, _socket.CloseStatusDescription);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
        }

        _socket.Dispose();
    }

    private async Task<(WebSocketMessageType Type, string Text)> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var text = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (result.MessageType, Encoding.UTF8.GetString(text.ToArray()));
    }
}
