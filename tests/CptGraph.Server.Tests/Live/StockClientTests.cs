using System.Net;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Live;

/// <summary>
/// The stock npm clients (graphql-ws, graphql-sse) against the server on a real loopback socket, fed by the CLI
/// ingesting in another process.
/// </summary>
public sealed class StockClientTests : IAsyncLifetime
{
    private readonly CptGraphServerFactory _server = new();
    private string _url = "";

    public Task InitializeAsync()
    {
        _server.Settings["Live:ApiKeys:0"] = "stock-key";
        _server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _server.StartServer();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _url = address.TrimEnd('/') + "/graphql";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("ws")]
    [InlineData("sse")]
    public async Task TheStockClient_ReceivesTheEventOfAnIngestRunByAnotherProcess(string transport)
    {
        // Arrange
        var seen = LiveTestData.LastEventId(_server.DatabasePath);
        var url = transport == "ws" ? "ws" + _url[4..] : _url;
        using var client = NodeClient.Start(transport, url, LiveQueries.AetnaChanged, seen, results: 1, apiKey: "stock-key");

        // Act
        var ingest = await IngestProcess.RunAsync(_server.DatabasePath, LiveTestData.AetnaUpdate);
        var line = await client.NextAsync();

        // Assert
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.StartsWith("ingested ", ingest.Output);
        Assert.Equal("next", line.GetProperty("event").GetString());
        var changed = line.GetProperty("result").GetProperty("data").GetProperty("rateDistributionChanged");
        Assert.Equal(LiveTestData.AetnaMeanBefore, changed.GetProperty("previousMean").GetDecimal());
        Assert.Equal(42, changed.GetProperty("distribution").GetProperty("count").GetInt32());
        Assert.Equal("Aetna", changed.GetProperty("distribution").GetProperty("payer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheStockWebSocketClient_WithAWrongApiKey_IsForbidden()
    {
        using var client = NodeClient.Start("ws", "ws" + _url[4..], LiveQueries.RunFinished, null, apiKey: "wrong");

        var line = await client.NextAsync();

        Assert.Equal("error", line.GetProperty("event").GetString());
        Assert.Equal("Forbidden", line.GetProperty("error").GetString());
    }
}
