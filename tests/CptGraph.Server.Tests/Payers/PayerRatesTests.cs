using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Payers;

/// <summary>
/// <c>payer.rates</c>, the reverse of a code's rates, over the seeded data: Aetna's demo file prices 23 codes, each a
/// PROFESSIONAL distribution of 38 observations of vintage 2026-10.
/// </summary>
/// <remarks>Not sealed: <see cref="PayerRatesPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class PayerRatesTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    private const string PageQuery = """
        query($after: String) {
          payer(name: "Aetna") {
            rates(where: { median: { gt: 100 } }, order: [{ median: DESC }], first: 3, after: $after) {
              totalCount
              pageInfo { hasNextPage hasPreviousPage endCursor }
              nodes { code { code } payer { name } count median mean percentOfMedicare vintage }
            }
          }
        }
        """;

    [Fact]
    public async Task WhereOrderAndPaging_WalkTheMatchingCodesInSql()
    {
        // Act: the 8 codes whose Aetna median is above $100, most expensive first, 3 at a time.
        var first = await PageAsync(null);
        var second = await PageAsync(first.GetProperty("pageInfo").GetProperty("endCursor").GetString());
        var third = await PageAsync(second.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        // Assert
        Assert.Equal(8, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(["99215|302.76", "99214|226.995", "96413|222.915"], Rows(first));
        Assert.Equal(["96409|165.83", "99213|151.705", "96365|111.49"], Rows(second));
        Assert.Equal(["96417|104.92", "99212|100.725"], Rows(third));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(third.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var top = first.GetProperty("nodes")[0];
        Assert.Equal("Aetna", top.GetProperty("payer").GetProperty("name").GetString());
        Assert.Equal(38, top.GetProperty("count").GetInt32());
        Assert.Equal(316.9234m, top.GetProperty("mean").GetDecimal());
        Assert.Equal("2026-10", top.GetProperty("vintage").GetString());
        // 316.9234 / Medicare's 197.299 for 99215.
        Assert.Equal(160.631m, top.GetProperty("percentOfMedicare").GetDecimal());
    }

    [Fact]
    public async Task FilterOnTheCode_ServesTheSameFiguresAsTheCodesOwnRates()
    {
        // Act
        using var response = await server.QueryAsync("""
            {
              payer(name: "Aetna") {
                rates(where: { code: { code: { startsWith: "963" } } }, order: [{ mean: ASC }], first: 2) {
                  totalCount
                  nodes { code { code } mean }
                }
              }
              code(code: "96375") { rates(where: { payer: { name: { eq: "Aetna" } } }) { median mean percentOfMedicare } }
            }
            """);

        // Assert
        var data = response.RootElement.GetProperty("data");
        var rates = data.GetProperty("payer").GetProperty("rates");
        Assert.Equal(11, rates.GetProperty("totalCount").GetInt32());
        Assert.Equal(["96361|22.6434", "96372|26.1992"],
            rates.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("code").GetProperty("code").GetString()}|{n.GetProperty("mean").GetDecimal()}"));
        var fromTheCode = Assert.Single(data.GetProperty("code").GetProperty("rates").EnumerateArray());
        Assert.Equal(27.355m, fromTheCode.GetProperty("median").GetDecimal());
        Assert.Equal(172.9632m, fromTheCode.GetProperty("percentOfMedicare").GetDecimal());
    }

    [Fact]
    public async Task ArgumentsOfTheCodeLevelRates_ApplyToo()
    {
        // Act: Medicare has no institutional distributions; a month before Aetna's only vintage leaves nothing to serve.
        using var response = await server.QueryAsync("""
            {
              medicare: payer(name: "Medicare") { institutional: rates(billingClass: INSTITUTIONAL) { totalCount } professional: rates { totalCount } }
              aetna: payer(name: "Aetna") { before: rates(asOf: "2026-09") { totalCount } screened: rates(screened: true, first: 1) { nodes { screened count } } }
            }
            """);

        // Assert
        var data = response.RootElement.GetProperty("data");
        Assert.Equal(0, data.GetProperty("medicare").GetProperty("institutional").GetProperty("totalCount").GetInt32());
        Assert.Equal(26, data.GetProperty("medicare").GetProperty("professional").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("aetna").GetProperty("before").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("aetna").GetProperty("screened").GetProperty("nodes")[0].GetProperty("screened").GetBoolean());
    }

    [Fact]
    public async Task EveryPayersRates_AreOneBatchedStatement()
    {
        // Arrange: warm up one-time lookups.
        const string query = "{ payers { nodes { name rates(first: 2) { nodes { code { code } mean percentOfMedicare } } } } }";
        using (await server.QueryAsync(query))
        {
        }

        server.Sql.Clear();

        // Act
        using var response = await server.QueryAsync(query);

        // Assert: the payers page, one statement for the five payers' rates, one for their codes and one for the Medicare
        // comparison (the code-level rates batch) — not one per payer.
        var payers = response.RootElement.GetProperty("data").GetProperty("payers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, payers.Count);
        Assert.All(payers, p => Assert.Equal(2, p.GetProperty("rates").GetProperty("nodes").GetArrayLength()));
        Assert.InRange(server.Sql.Commands.Count, 4, 5);
    }

    [Fact]
    public async Task Cost_IsThatOfABatchedList()
    {
        // Arrange
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ payer(name: \"Aetna\") { rates(first: 20) { nodes { code { code } median } } } }" }),
        };
        request.Headers.Add("GraphQL-Cost", "report");

        // Act
        using var response = await client.SendAsync(request);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert: payer 10 (its own query) + rates 1 (one batch for every payer) + nodes 1 + 20 × code 1; objects 1 + 1 + 20 × 2.
        var cost = answer.RootElement.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(32, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(42, cost.GetProperty("typeCost").GetDouble());
        Assert.Equal(20, answer.RootElement.GetProperty("data").GetProperty("payer").GetProperty("rates").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("first: 51", "HC0051")]
    [InlineData("first: -1", "HC0079")]
    [InlineData("after: \"not a cursor\"", "HC0078")]
    [InlineData("asOf: \"2026-9\"", "INVALID_AS_OF")]
    public async Task BadArguments_AreCodedErrors(string arguments, string code)
    {
        using var response = await server.QueryAsync($"{{ payer(name: \"Aetna\") {{ rates({arguments}) {{ nodes {{ median }} }} }} }}");

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> PageAsync(string? after)
    {
        using var response = await server.QueryAsync(PageQuery, new { after });
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("payer").GetProperty("rates").Clone();
    }

    private static IEnumerable<string> Rows(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("code").GetProperty("code").GetString()}|{n.GetProperty("median").GetDecimal()}");
}
