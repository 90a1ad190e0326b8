using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Health;

/// <summary>
/// <c>/metrics</c> (Prometheus, from OpenTelemetry) counts each named GraphQL operation under its name and times it:
/// the counter of an operation run twice moves by one between two scrapes, and its duration histogram is there.
/// </summary>
public sealed class MetricsEndpointTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    private const string Query = "query MetricsProbeCodes { codes(first: 1) { nodes { code } } }";

    [Fact]
    public async Task ANamedOperation_IsCountedAndTimed_UnderItsName()
    {
        using var client = server.CreateClient();
        await RunAsync(client);
        var first = Count(await ScrapeAsync(client));

        await RunAsync(client);
        // The exporter answers a scrape from a short-lived cache (300 ms by default): scrape again, bounded, until it is fresh.
        var scrape = await ScrapeAsync(client);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Count(scrape) == first && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            scrape = await ScrapeAsync(client);
        }

        var second = Count(scrape);

        Assert.Equal(first + 1, second);
        Assert.Matches(@"cptgraph_graphql_operation_duration_seconds_count\{[^}]*operation=""MetricsProbeCodes""[^}]*\} [1-9]", scrape);
    }

    private static async Task RunAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"errors\"", body);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private static long Count(string scrape)
    {
        var match = Regex.Match(scrape, @"cptgraph_graphql_operations(?:_total)?\{[^}]*operation=""MetricsProbeCodes""[^}]*\} (\d+)");
        Assert.True(match.Success, scrape.Length > 4000 ? scrape[..4000] : scrape);
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
