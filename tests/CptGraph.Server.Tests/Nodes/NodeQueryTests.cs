using System.Text;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Nodes;

/// <remarks>Not sealed: <see cref="NodeQueryPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class NodeQueryTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    [Fact]
    public async Task Ids_AreBase64OfTypeNameAndKey_AndResolveBackThroughNode()
    {
        // Arrange
        using var listing = await server.QueryAsync("""{ code(code: "96375") { id } payers { nodes { id name } } diagnosis(code: "I10") { id } }""");
        var data = listing.RootElement.GetProperty("data");
        var codeId = data.GetProperty("code").GetProperty("id").GetString()!;
        var payer = data.GetProperty("payers").GetProperty("nodes").EnumerateArray().First(p => p.GetProperty("name").GetString() == "Medicare");

        // Act
        using var response = await server.QueryAsync(
            "query($a: ID!, $b: ID!) { a: node(id: $a) { id ... on Code { code } } b: node(id: $b) { ... on Payer { name kind } } }",
            new { a = codeId, b = payer.GetProperty("id").GetString() });

        // Assert
        Assert.Equal("Code:96375", Encoding.UTF8.GetString(Convert.FromBase64String(codeId)));
        Assert.Equal("Diagnosis:I10", Encoding.UTF8.GetString(Convert.FromBase64String(data.GetProperty("diagnosis").GetProperty("id").GetString()!)));
        var nodes = response.RootElement.GetProperty("data");
        Assert.Equal("96375", nodes.GetProperty("a").GetProperty("code").GetString());
        Assert.Equal(codeId, nodes.GetProperty("a").GetProperty("id").GetString());
        Assert.Equal("MEDICARE", nodes.GetProperty("b").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Nodes_KeepOrder_AndUnknownIdsAreNull()
    {
        var ids = new[] { Id("Taxonomy:207L00000X"), Id("Code:00000"), Id("Modifier:59") };

        using var response = await server.QueryAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Taxonomy { specialty } ... on Modifier { name } } }", new { ids });

        var nodes = response.RootElement.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("Anesthesiology", nodes[0].GetProperty("specialty").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("Distinct Procedural Service", nodes[2].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Nodes_MoreThanTen_IsACodedError()
    {
        var ids = Enumerable.Range(0, 11).Select(i => Id($"Code:{i}")).ToArray();

        using var response = await server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0076", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Node_MalformedId_IsACodedError()
    {
        using var response = await server.QueryAsync("""{ node(id: "not base64!") { id } }""");

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_NODE_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void EveryNodeType_HasANodeResolver()
    {
        var schema = server.Services.GetRequiredService<global::GraphQL.Types.ISchema>();
        schema.Initialize();

        var nodeTypes = schema.AllTypes.OfType<global::GraphQL.Types.IObjectGraphType>()
            .Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node"))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(CptGraph.Server.Nodes.NodeResolver.TypeNames.Order(StringComparer.Ordinal), nodeTypes);
    }

    private static string Id(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
