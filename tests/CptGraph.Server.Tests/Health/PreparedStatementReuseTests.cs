using System.Net.Http.Json;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Health;

/// <summary>
/// The server's SQLite connections keep their prepared statements (SqliteStatementCache): the same query again runs on
/// statements prepared before (<c>cptgraph_db_statements_total{outcome="reused"}</c>), and a kept statement bound with
/// other parameters answers for them, not for the values it ran with first.
/// </summary>
[Collection(DbCommandMetricsCollection.Name)]
public sealed class PreparedStatementReuseTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    private const int Requests = 20;

    [Fact]
    public async Task TheSameQueryAgain_ReusesItsStatements_AndEachAnswerIsForItsOwnVariables()
    {
        // Arrange: both codes once, so the pool's contexts have prepared what they run.
        using var client = server.CreateClient();
        string[] codes = ["96375", "99213"];
        var first = new Dictionary<string, string>();
        foreach (var code in codes)
        {
            first[code] = await CodeAsync(client, code);
        }

        var before = await MetricsScrape.FreshAsync(client);

        // Act: the two codes alternately, one request at a time.
        var answered = new List<string>();
        for (int i = 0; i < Requests; i++)
        {
            answered.Add(await CodeAsync(client, codes[i % 2]));
        }

        var after = await MetricsScrape.FreshAsync(client);

        // Assert: every answer is the asked code's, as it was answered first; the statements were mostly reused (each request runs at least one,
        // and only a context that never ran the query prepares it once).
        Assert.Contains("\"code\":\"96375\"", first["96375"]);
        Assert.Contains("\"code\":\"99213\"", first["99213"]);
        Assert.Equal(Enumerable.Range(0, Requests).Select(i => first[codes[i % 2]]), answered);
        long reused = Count(after, "reused") - Count(before, "reused");
        Assert.True(reused >= Requests, $"{reused} reused statements over {Requests} requests");
    }

    private static async Task<string> CodeAsync(HttpClient client, string code)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "query ReuseCode($code: String!) { code(code: $code) { code codeType medicareFees { year } } }",
            variables = new { code },
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return body.RootElement.GetProperty("data").GetRawText();
    }

    private static long Count(string scrape, string outcome) => MetricsScrape.Counter(scrape, "cptgraph_db_statements", "outcome", outcome) ?? 0;
}
