using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Querying;

/// <remarks>Not sealed: <see cref="PagingPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class PagingTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          codes(first: $first, after: $after, last: $last, before: $before, where: { code: { startsWith: "9637" } }) {
            edges { cursor node { code } } nodes { code } totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task ForwardPages_FollowEndCursor_UntilTheLastPage()
    {
        // Arrange: 96372 ... 96377 match.
        using var first = await server.QueryAsync(Page, new { first = 4 });
        var firstPage = Connection(first);

        // Act
        using var second = await server.QueryAsync(Page, new { first = 4, after = firstPage.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        // Assert
        var secondPage = Connection(second);
        Assert.Equal(["96372", "96373", "96374", "96375"], Codes(firstPage));
        Assert.Equal(["96376", "96377"], Codes(secondPage));
        Assert.Equal(6, firstPage.GetProperty("totalCount").GetInt32());
        Assert.True(firstPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(firstPage.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(secondPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(secondPage.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(Codes(secondPage), secondPage.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task BackwardPages_UseLastAndBefore()
    {
        using var last = await server.QueryAsync(Page, new { last = 2 });
        var lastPage = Connection(last);
        using var before = await server.QueryAsync(Page, new { last = 3, before = lastPage.GetProperty("pageInfo").GetProperty("startCursor").GetString() });

        Assert.Equal(["96376", "96377"], Codes(lastPage));
        Assert.Equal(["96373", "96374", "96375"], Codes(Connection(before)));
        Assert.True(Connection(before).GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task NoBoundary_ServesTheDefaultPageSizeOfTen()
    {
        using var response = await server.QueryAsync("{ codes { nodes { code } pageInfo { hasNextPage } } }");

        var connection = response.RootElement.GetProperty("data").GetProperty("codes");
        Assert.Equal(10, connection.GetProperty("nodes").GetArrayLength());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData(51, null, "HC0051")]
    [InlineData(-1, null, "HC0079")]
    [InlineData(5, "not a cursor", "HC0078")]
    public async Task BadPagingArguments_AreCodedErrors(int first, string? after, string code)
    {
        using var response = await server.QueryAsync(Page, new { first, after });

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task NestedConnections_PageEachParentsOwnList()
    {
        // Arrange: 96375 is linked to three taxonomies; the anesthesiology taxonomy lists 96375 only.
        using var first = await server.QueryAsync("""
            { taxonomies(first: 2) { nodes { code codes(first: 1) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } } } }
            """);

        // Act
        var taxonomy = first.RootElement.GetProperty("data").GetProperty("taxonomies").GetProperty("nodes")[0];
        var codes = taxonomy.GetProperty("codes");

        // Assert
        Assert.Equal("207L00000X", taxonomy.GetProperty("code").GetString());
        Assert.Equal(1, codes.GetProperty("totalCount").GetInt32());
        Assert.Equal(["96375"], codes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.False(codes.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task PagingLimits_ComeFromConfiguration()
    {
        // Arrange: the same database, served with stricter limits.
        await using var strict = server.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:Paging:RequirePagingBoundaries", "true")
            .UseSetting("GraphQL:Paging:MaxPageSize", "3"));
        using var client = strict.CreateClient();

        // Act
        var unbounded = await ErrorCodeAsync(client, "{ codes { nodes { code } } }");
        var tooBig = await ErrorCodeAsync(client, "{ codes(first: 4) { nodes { code } } }");

        // Assert
        Assert.Equal("HC0052", unbounded);
        Assert.Equal("HC0051", tooBig);
    }

    private static async Task<string?> ErrorCodeAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString();
    }

    private static JsonElement Connection(JsonDocument response)
    {
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("codes");
    }

    private static List<string?> Codes(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToList();
}
