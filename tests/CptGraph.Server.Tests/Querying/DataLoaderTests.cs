using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Querying;

public sealed class DataLoaderTests : IClassFixture<CptGraphServerFactory>, IAsyncLifetime
{
    private const string Query = """
        query($first: Int!) {
          codes(first: $first, where: { code: { startsWith: "Y" } }) {
            nodes {
              code
              rates { payer { name } mean }
              diagnoses { diagnosis { code } }
              taxonomies { code }
              relatedCodes { code { code } }
            }
          }
        }
        """;

    private readonly CptGraphServerFactory _server;

    public DataLoaderTests(CptGraphServerFactory server) => _server = server;

    public async Task InitializeAsync()
    {
        using (await _server.QueryAsync("{ __typename }"))
        {
        }

        // xUnit makes a class instance per test but shares the fixture: generate once.
        using var existing = await _server.QueryAsync("{ code(code: \"Y0001\") { code } }");
        if (existing.RootElement.GetProperty("data").GetProperty("code").ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            await GeneratedCodes.AddAsync(_server.Services, 50);
        }

        // The first requests also run one-time statements (lookups cached for the server's life): count steady state.
        using (await _server.QueryAsync(Query, new { first = 1 }))
        using (await _server.QueryAsync(Codes.CodeQueryTests.FullPageQuery))
        {
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FiftyCodesWithTheirLists_TakeAsFewStatementsAsFive()
    {
        // Act
        var five = await CountStatementsAsync(5);
        var fifty = await CountStatementsAsync(50);

        // Assert: the page, the rates (one batch serves rates and their Medicare comparison), diagnoses, taxonomies, related codes
        // (curated relations and official NCCI edits: two batches).
        // GraphQL.NET runs sibling fields in parallel, so a list that registers after a batch was dispatched can start a
        // second batch: the count is 5 or 6, whatever the number of codes — never one query per code.
        Assert.InRange(five, 6, 7);
        Assert.InRange(fifty, 6, 7);
    }

    [Fact]
    public async Task FiftyCodes_GetTheirOwnLists()
    {
        using var response = await _server.QueryAsync(Query, new { first = 50 });

        var codes = response.RootElement.GetProperty("data").GetProperty("codes").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(50, codes.Count);
        Assert.All(codes, c => Assert.Equal(2, c.GetProperty("diagnoses").GetArrayLength()));
        Assert.All(codes, c => Assert.Equal("96375", c.GetProperty("relatedCodes")[0].GetProperty("code").GetProperty("code").GetString()));
        var y0007 = codes.Single(c => c.GetProperty("code").GetString() == "Y0007");
        Assert.Equal(70m, y0007.GetProperty("rates").EnumerateArray().Single(r => r.GetProperty("payer").GetProperty("name").GetString() == "Aetna").GetProperty("mean").GetDecimal());
    }

    [Fact]
    public async Task FullCodePage_TakesOneStatementPerList()
    {
        _server.Sql.Clear();

        using var response = await _server.QueryAsync(Codes.CodeQueryTests.FullPageQuery);

        // The code, modifiers, taxonomies, diagnoses, related codes (curated and official edits), Medicare fees, and one batch
        // for rates and benchmark.
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.InRange(_server.Sql.Commands.Count, 8, 9);
    }

    private async Task<int> CountStatementsAsync(int first)
    {
        _server.Sql.Clear();
        using var response = await _server.QueryAsync(Query, new { first });
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(first, response.RootElement.GetProperty("data").GetProperty("codes").GetProperty("nodes").GetArrayLength());
        return _server.Sql.Commands.Count;
    }
}
