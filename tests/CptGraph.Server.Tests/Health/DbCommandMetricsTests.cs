using System.Net.Http.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Health;

/// <summary>
/// <c>/metrics</c> counts the SQL commands the data layer executes (<c>cptgraph_db_commands_total</c>) by origin: a
/// query whose statements are known moves <c>origin="request"</c> by exactly that many between two scrapes, and the live
/// outbox's own reads are counted apart under <c>origin="live-outbox"</c>. On SQLite here; not sealed:
/// <see cref="DbCommandMetricsPostgresTests"/> runs the same tests on PostgreSQL.
/// </summary>
[Collection(DbCommandMetricsCollection.Name)]
public class DbCommandMetricsTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    [Theory]
    [InlineData("query DbCommandsOne { codes(first: 1) { nodes { code } } }", 1)]
    [InlineData("query DbCommandsTwo { codes(first: 2) { totalCount nodes { code } } }", 2)]
    public async Task AQuery_MovesTheRequestCounter_ByItsStatements(string query, int statements)
    {
        // Arrange: the query once first, so a first request's one-off reads (if any) are behind us.
        using var client = server.CreateClient();
        await PostAsync(client, query);
        var before = Count(await MetricsScrape.FreshAsync(client), "request");
        server.Sql.Clear();

        // Act
        await PostAsync(client, query);
        var after = Count(await MetricsScrape.FreshAsync(client), "request");

        // Assert: the known number, and the number the test's own interceptor saw the server run.
        Assert.Equal(statements, after - before);
        Assert.Equal(server.Sql.Commands.Count, after - before);
    }

    [Fact]
    public async Task TheLiveOutboxReads_AreCountedUnderTheirOwnOrigin()
    {
        using var client = server.CreateClient();
        await PostAsync(client, "query DbCommandsOrigin { codes(first: 1) { nodes { code } } }");

        // The tail reads the outbox's last id when it starts, whichever store wakes it.
        Assert.True(Count(await MetricsScrape.FreshAsync(client), "live-outbox") > 0);
    }

    [Fact]
    public async Task TheDataProvidersOwnMeters_AreScraped()
    {
        using var client = server.CreateClient();
        await PostAsync(client, "query DbCommandsMeters { codes(first: 1) { nodes { code } } }");

        var scrape = await MetricsScrape.FreshAsync(client);

        // EF Core's meter on both stores: queries run so far (this one among them) and the contexts alive now.
        Assert.Matches(@"(?m)^microsoft_entityframeworkcore_queries_total(\{[^}]*\})? [1-9]", scrape);
        Assert.Matches(@"(?m)^microsoft_entityframeworkcore_active_dbcontexts(\{[^}]*\})? \d", scrape);
        if (this is IRunsOnPostgres)
        {
            // Npgsql's meter: its pool's connections and the commands' duration, per data source.
            Assert.Matches(@"(?m)^db_client_connection(s)?_(usage|count)\{", scrape);
            Assert.Matches(@"(?m)^db_client_(commands_duration|operation_duration)_seconds_count\{[^}]*\} [1-9]", scrape);
        }
    }

    private static async Task PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\"", body);
        Assert.DoesNotContain("\"errors\"", body);
    }

    private static long Count(string scrape, string origin) =>
        MetricsScrape.Counter(scrape, "cptgraph_db_commands", "origin", origin)
            ?? throw new Xunit.Sdk.XunitException($"no origin={origin} series in:\n{string.Join('\n', scrape.Split('\n').Where(l => l.StartsWith("cptgraph_db", StringComparison.Ordinal)))}");
}
