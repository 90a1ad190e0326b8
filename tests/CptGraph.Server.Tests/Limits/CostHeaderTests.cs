using System.Net;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Transport;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Limits;

/// <summary>Hot Chocolate's <c>GraphQL-Cost</c> header: <c>report</c> runs and reports, <c>validate</c> only reports.</summary>
[Collection(TransportCollection.Name)]
public sealed class CostHeaderTests(CptGraphServerFactory server)
{
    // code 10 (its own query) + taxonomies 1 (batched); two objects.
    private const string Query = "{ code(code: \"96375\") { code taxonomies { code } } }";

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Validate_ReportsTheCostWithoutRunningAnyResolver()
    {
        // Arrange: the document is parsed and cached by a first run, so only execution could still read the database.
        await client.PostQueryAsync(Query);
        server.Sql.Clear();

        // Act
        var (status, answer) = await PostAsync(Query, "validate");

        // Assert: no data, no error, the cost, and not one SQL statement on the code's tables.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(answer.TryGetProperty("data", out _), answer.ToString());
        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        var cost = answer.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(11, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(2, cost.GetProperty("typeCost").GetDouble());
        Assert.DoesNotContain(server.Sql.Commands, sql => sql.Contains("\"Codes\"", StringComparison.Ordinal) || sql.Contains("Taxonom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_StillRunsTheOperation_WithTheSameCost()
    {
        var (status, answer) = await PostAsync(Query, "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("96375", answer.GetProperty("data").GetProperty("code").GetProperty("code").GetString());
        var cost = answer.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(11, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(2, cost.GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task Validate_OverTheLimit_IsHC0047WithTheCost()
    {
        // Act: 50 codes × their taxonomies × 50 codes each, far above the 1,000 field-cost limit.
        var (status, answer) = await PostAsync(
            "{ codes(first: 50) { nodes { taxonomies { codes(first: 50) { nodes { taxonomies { code } } } } } } }", "validate");

        // Assert
        Assert.True(status == HttpStatusCode.BadRequest, answer.ToString());
        Assert.False(answer.TryGetProperty("data", out _), answer.ToString());
        var error = answer.FirstError();
        Assert.Equal("HC0047", error.Code());
        var fieldCost = answer.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
        Assert.Equal(fieldCost, error.Extension("fieldCost").GetDouble());
        Assert.True(fieldCost > 1000, fieldCost.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<(HttpStatusCode Status, JsonElement Answer)> PostAsync(string query, string mode)
    {
        // graphql-response+json, whose status codes tell a valid operation (200) from a refused one (400).
        using var request = PostJson(new { query }, GraphQLResponse);
        request.Headers.Add("GraphQL-Cost", mode);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.JsonAsync());
    }
}
