using System.Net;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Live;

public sealed class ResumeAndLimitTests
{
    [Fact]
    public async Task EventsCommittedWhileNoServerRan_AreDeliveredToAClientResumingFromItsLastEventId()
    {
        // Arrange: a database filled by the CLI, then an ingest in another process while no server runs.
        using var directory = new CliTestDirectory();
        Assert.Equal(0, (await CliRun.RunAsync("seed", "--db", directory.Database)).ExitCode);
        var seen = LiveTestData.LastEventId(directory.Database);
        var ingest = await IngestProcess.RunAsync(directory.Database, LiveTestData.AetnaUpdate);
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        // Act: the server starts after the write; the client reconnects with the last id it saw.
        await using var server = new CptGraphServerFactory(directory.Database);
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Server);
        await client.SubscribeAsync("aetna", LiveQueries.AetnaChanged, extensions: new { lastEventId = seen });
        var next = await client.ReceiveAsync();

        // Assert
        var changed = next.GetProperty("payload").GetProperty("data").GetProperty("rateDistributionChanged");
        Assert.Equal(LiveTestData.AetnaMeanBefore, changed.GetProperty("previousMean").GetDecimal());
        Assert.Equal(42, changed.GetProperty("distribution").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task PastTheConnectionLimit_WebSocketAndSseGet503()
    {
        // Arrange
        await using var server = new CptGraphServerFactory();
        server.Settings["Live:MaxConnections"] = "1";
        await using var first = await GraphQLWsTestClient.ConnectAndInitAsync(server.Server);

        // Act
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => GraphQLWsTestClient.ConnectAsync(server.Server));
        using var http = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = LiveQueries.RunFinished }) };
        request.Headers.Add("Accept", "text/event-stream");
        using var sse = await http.SendAsync(request);

        // Assert
        Assert.Contains("503", refused.Message);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, sse.StatusCode);
        Assert.Contains("LIVE_CONNECTION_LIMIT", await sse.Content.ReadAsStringAsync());
    }
}
