using CptGraph.Server.Tests.Infrastructure;
using CptGraph.GraphQL.Transport.WebSockets;

namespace CptGraph.Server.Tests.Live;

/// <summary>graphql-transport-ws edge cases, message by message, over the test server's WebSocket.</summary>
public sealed class WebSocketProtocolTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    private static readonly object Key = new { apiKey = ProtocolServer.ApiKey };

    private readonly CptGraphServerFactory _server = server.Factory;

    [Fact]
    public async Task ConnectionInit_IsAcknowledged_PingGetsPong_AndTheSubprotocolIsAgreed()
    {
        // Arrange
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, Key);

        // Act
        await client.SendAsync(new { type = "ping" });
        var pong = await client.ReceiveAsync();

        // Assert
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task AQueryOverTheSocket_GetsNextWithRealValues_ThenComplete()
    {
        // Arrange
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, Key);

        // Act
        await client.SubscribeAsync("q1", """{ code(code: "96375") { benchmark { gap medicare { mean } } } }""");
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        // Assert
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("q1", next.GetProperty("id").GetString());
        var benchmark = next.GetProperty("payload").GetProperty("data").GetProperty("code").GetProperty("benchmark");
        Assert.Equal(LiveTestData.GapBefore, benchmark.GetProperty("gap").GetDecimal());
        Assert.Equal(16.2427m, benchmark.GetProperty("medicare").GetProperty("mean").GetDecimal());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("q1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnInvalidOperation_GetsAnErrorMessage_AndTheConnectionStaysOpen()
    {
        // Arrange
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, Key);

        // Act
        await client.SubscribeAsync("bad", "subscription { noSuchField }");
        var error = await client.ReceiveAsync();
        await client.SendAsync(new { type = "ping" });

        // Assert
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Contains("noSuchField", error.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task NoConnectionInit_ClosesWith4408()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(_server.Server);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task SubscribeBeforeTheAck_ClosesWith4401()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(_server.Server);

        await client.SubscribeAsync("s1", "{ payers { name } }");

        Assert.Equal((GraphQLWsCloseCodes.Unauthorized, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASecondConnectionInit_ClosesWith4429()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, Key);

        await client.SendAsync(new { type = "connection_init", payload = Key });

        Assert.Equal((GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASubscriptionIdInUse_ClosesWith4409()
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, Key);
        await client.SubscribeAsync("same", "subscription { ingestRunFinished { runId } }");

        await client.SubscribeAsync("same", "subscription { ingestRunFinished { runId } }");

        Assert.Equal((GraphQLWsCloseCodes.SubscriberAlreadyExists, "Subscriber for same already exists"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"no_such_type"}""")]
    [InlineData("""{"type":"subscribe","id":"x"}""")]
    [InlineData("""{"type":"subscribe","id":"x","payload":{"query":42}}""")]
    public async Task AnInvalidMessage_ClosesWith4400(string message)
    {
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, Key);

        await client.SendTextAsync(message);

        Assert.Equal(GraphQLWsCloseCodes.BadRequest, (await client.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task AMissingOrWrongApiKey_ClosesWith4403(string? apiKey)
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(_server.Server);

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey } });

        Assert.Equal((GraphQLWsCloseCodes.Forbidden, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task WithoutTheSubprotocol_ClosesWith4406()
    {
        await using var client = await GraphQLWsTestClient.ConnectAsync(_server.Server, subProtocol: null);

        Assert.Equal((GraphQLWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }
}
