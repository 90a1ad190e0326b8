using System.Text.Json;
using CptGraph.GraphQL.Tests.Infrastructure;

namespace CptGraph.GraphQL.Tests.Querying;

/// <summary>The engine serving an application it knows nothing about, through its own HTTP transport.</summary>
public sealed class BookCatalogueTests
{
    private static readonly Book[] Books =
    [
        new() { Title = "Moby-Dick", Pages = 635 },
        new() { Title = "Candide", Pages = 144 },
        new() { Title = "Ulysses", Pages = 730 },
        new() { Title = "Dubliners", Pages = 152 },
        new() { Title = "Beowulf", Pages = 96 },
    ];

    [Fact]
    public async Task Books_FilteredOrderedAndPaged_ComeFromTheApplicationsModel()
    {
        // Arrange
        await using var server = await BookServer.StartAsync(null, Books);

        // Act
        var body = await server.PostAsync("""
            { books(where: { pages: { gt: 140 } }, order: [{ title: ASC }], first: 2) {
                totalCount nodes { title pages } pageInfo { hasNextPage } } }
            """);

        // Assert: 4 books over 140 pages; the first two by title.
        var books = body.GetProperty("data").GetProperty("books");
        Assert.Equal(4, books.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Candide", "Dubliners"], books.GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("title").GetString()));
        Assert.Equal(152, books.GetProperty("nodes")[1].GetProperty("pages").GetInt32());
        Assert.True(books.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Books_FragmentsSelectTheProjectedColumns()
    {
        // Arrange
        await using var server = await BookServer.StartAsync(null, Books);

        // Act: the title comes through a fragment spread on the edges' nodes, the order by descending pages.
        var body = await server.PostAsync("""
            query { books(order: [{ pages: DESC }], first: 1) { edges { node { ...named } } } }
            fragment named on Book { title }
            """);

        // Assert
        var node = body.GetProperty("data").GetProperty("books").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("Ulysses", node.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Books_DeeperThanTheConfiguredLimit_AreRefusedWithACode()
    {
        // Arrange
        await using var server = await BookServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxExecutionDepth"] = "2" }, Books);

        // Act
        var body = await server.PostAsync("{ books { nodes { title } } }");

        // Assert
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("MAX_EXECUTION_DEPTH", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
