using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Querying;

public sealed class ProjectionTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    [Fact]
    public async Task Codes_ReadOnlyTheSelectedColumns()
    {
        // Arrange: start the server (migrations, seeding) before capturing.
        using (await server.QueryAsync("{ __typename }"))
        {
        }

        server.Sql.Clear();

        // Act
        using var response = await server.QueryAsync("""{ codes(first: 3, where: { code: { startsWith: "9637" } }) { nodes { code title } } }""");

        // Assert
        Assert.False(response.RootElement.TryGetProperty("errors", out _));
        var select = Assert.Single(server.Sql.Commands);
        Assert.Contains("\"Title\"", select);
        Assert.Contains("\"Value\"", select);
        Assert.DoesNotContain("\"ClinicalContext\"", select);
        Assert.DoesNotContain("\"Overview\"", select);
        Assert.DoesNotContain("\"Description\"", select);
        Assert.DoesNotContain("JOIN", select);
    }

    [Fact]
    public async Task Codes_WithFragments_ReadTheFragmentsColumns()
    {
        using (await server.QueryAsync("{ __typename }"))
        {
        }

        server.Sql.Clear();

        using var response = await server.QueryAsync("""
            query { codes(first: 1) { edges { node { ...Page } } } }
            fragment Page on Code { overview missingMetadata }
            """);

        Assert.False(response.RootElement.TryGetProperty("errors", out _));
        var select = Assert.Single(server.Sql.Commands);
        Assert.Contains("\"Overview\"", select);
        Assert.Contains("\"ClinicalContext\"", select);
        Assert.DoesNotContain("\"ContentSource\"", select);
    }
}
