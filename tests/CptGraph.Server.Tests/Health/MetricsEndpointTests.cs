using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Live;

namespace CptGraph.Server.Tests.Health;

/// <summary>
/// <c>/metrics</c> (Prometheus, from OpenTelemetry) counts each named GraphQL operation under its name and transport
/// (http, ws, sse) and times it: the counter of an operation run twice moves by one between two scrapes, under its own
/// transport only, and its duration histogram is there; its cost histogram records the field cost validation computed.
/// </summary>
public sealed class MetricsEndpointTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    private static readonly string[] Transports = ["http", "ws", "sse"];

    [Theory]
    [InlineData("http")]
    [InlineData("ws")]
    [InlineData("sse")]
    public async Task ANamedOperation_IsCountedAndTimed_UnderItsNameAndTransport(string transport)
    {
        // Arrange: one operation name per transport, so the theory's cases cannot count each other's runs.
        var operation = $"MetricsProbe{char.ToUpperInvariant(transport[0])}{transport[1..]}";
        using var client = server.CreateClient();
        await RunAsync(client, transport, operation);
        var first = Count(await FreshScrapeAsync(client, operation, transport, before: 0), operation, transport);

        // Act
        await RunAsync(client, transport, operation);
        var scrape = await FreshScrapeAsync(client, operation, transport, first);

        // Assert
        Assert.Equal(first + 1, Count(scrape, operation, transport));
        Assert.Matches(Series("cptgraph_graphql_operation_duration_seconds_count", operation, transport) + " [1-9]", scrape);
        foreach (var other in Transports.Where(t => t != transport))
        {
            Assert.DoesNotMatch(Series("cptgraph_graphql_operations(?:_total)?", operation, other), scrape);
        }
    }

    [Fact]
    public async Task AnOperationsCost_IsRecordedAsTheFieldCostItWasValidatedAt()
    {
        // Arrange: the cost the server reports for the operation (Hot Chocolate's GraphQL-Cost: report).
        const string operation = "MetricsCostProbe";
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = $"query {operation} {{ codes(first: 3) {{ nodes {{ code rates {{ mean }} }} }} }}" }),
        };
        request.Headers.Add("GraphQL-Cost", "report");

        // Act
        using var response = await client.SendAsync(request);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fieldCost = body.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
        var scrape = await FreshScrapeAsync(client, operation, "http", before: 0);

        // Assert: one observation, whose sum is that cost.
        Assert.True(fieldCost > 0, $"fieldCost {fieldCost}");
        Assert.Matches(Series("cptgraph_graphql_operation_cost_count", operation, "http") + " 1\\b", scrape);
        var sum = Regex.Match(scrape, Series("cptgraph_graphql_operation_cost_sum", operation, "http") + @" ([0-9.eE+]+)");
        Assert.True(sum.Success, "no cost series in the scrape");
        Assert.Equal(fieldCost, double.Parse(sum.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private async Task RunAsync(HttpClient client, string transport, string operation)
    {
        var query = $"query {operation} {{ codes(first: 1) {{ nodes {{ code }} }} }}";
        var body = transport switch
        {
            "ws" => await OverWebSocketAsync(query),
            "sse" => await OverServerSentEventsAsync(client, query),
            _ => await (await client.PostAsJsonAsync("/graphql", new { query })).Content.ReadAsStringAsync(),
        };
        Assert.Contains("\"code\"", body);
        Assert.DoesNotContain("\"errors\"", body);
    }

    private async Task<string> OverWebSocketAsync(string query)
    {
        await using var socket = await GraphQLWsTestClient.ConnectAndInitAsync(server.Server);
        await socket.SubscribeAsync("1", query);
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        return next.GetProperty("payload").GetRawText();
    }

    private static async Task<string> OverServerSentEventsAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("Accept", "text/event-stream");
        using var response = await client.SendAsync(request);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// The exporter answers a scrape from a short-lived cache (300 ms by default), possibly one from before the last run:
    /// scrape again, bounded, until the count has moved past <paramref name="before"/>.
    /// </summary>
    private static async Task<string> FreshScrapeAsync(HttpClient client, string operation, string transport, long before)
    {
        var scrape = await ScrapeAsync(client);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((TryCount(scrape, operation, transport) ?? 0) <= before && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            scrape = await ScrapeAsync(client);
        }

        return scrape;
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A series of <paramref name="metric"/> with both labels, in whatever order the exporter writes them.</summary>
    private static string Series(string metric, string operation, string transport) =>
        $@"{metric}\{{(?=[^}}]*operation=""{operation}"")(?=[^}}]*transport=""{transport}"")[^}}]*\}}";

    private static long Count(string scrape, string operation, string transport) =>
        TryCount(scrape, operation, transport)
        ?? throw new Xunit.Sdk.XunitException($"no {operation}/{transport} series in:\n{string.Join('\n', scrape.Split('\n').Where(l => l.StartsWith("cptgraph_", StringComparison.Ordinal)))}");

    private static long? TryCount(string scrape, string operation, string transport)
    {
        var match = Regex.Match(scrape, Series("cptgraph_graphql_operations(?:_total)?", operation, transport) + @" (\d+)");
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
