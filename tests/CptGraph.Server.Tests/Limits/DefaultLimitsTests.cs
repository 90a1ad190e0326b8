using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Tests;
using CptGraph.Server.Tests.Transport;

namespace CptGraph.Server.Tests.Limits;

/// <summary>The limits at their defaults: everything the IDE and the README send passes; only abuse is refused.</summary>
[Collection(TransportCollection.Name)]
public sealed class DefaultLimitsTests(CptGraphServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task FullIntrospectionQuery_PassesAndCostsNothing()
    {
        var answer = await client.PostQueryAsync(LimitRequests.IntrospectionQuery, reportCost: true);

        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        Assert.Contains(
            answer.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray(),
            type => type.GetProperty("name").GetString() == "Code");
        Assert.Equal(0, answer.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }

    [Fact]
    public async Task CostReportHeader_AddsTheOperationCost()
    {
        // Act: code (loads, 10) > taxonomies (loads, 10) > code (scalar, 0); two objects.
        var answer = await client.PostQueryAsync("{ code(code: \"96375\") { code taxonomies { code } } }", reportCost: true);

        // Assert
        var cost = answer.GetProperty("extensions").GetProperty("operationCost");
        // code 10 (its own query) + taxonomies 1 (DataLoader-batched: one query for all parents, so it weighs as a composite field)
        Assert.Equal(11, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(2, cost.GetProperty("typeCost").GetDouble());
        Assert.Equal("96375", answer.GetProperty("data").GetProperty("code").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ReadmeQuery_RunsWellUnderTheDefaultCost()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("```graphql\n{\n  code(code: \"96375\")", StringComparison.Ordinal) + "```graphql\n".Length;
        var query = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var answer = await client.PostQueryAsync(query, reportCost: true);

        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        Assert.Equal(27, answer.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }

    [Fact]
    public async Task WithoutTheHeader_NoCostIsReported()
    {
        var answer = await client.PostQueryAsync("{ codes { code } }");

        Assert.False(answer.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task QueryDeeperThan15_IsRefusedWithHotChocolatesDepthExtensions()
    {
        // Arrange: code > taxonomies > codes > taxonomies > ... > code, 17 levels.
        var query = "code";
        for (var level = 1; level < 16; level++)
        {
            query = level % 2 == 1 ? $"code taxonomies {{ {query} }}" : $"code codes {{ {query} }}";
        }

        // Act
        var answer = await client.PostQueryAsync($"{{ code(code: \"96375\") {{ {query} }} }}");

        // Assert
        var error = answer.FirstError();
        Assert.Equal("MAX_EXECUTION_DEPTH", error.Code());
        Assert.Equal(15, error.Extension("allowedExecutionDepth").GetInt32());
        Assert.Equal(17, error.Extension("detectedExecutionDepth").GetInt32());
        Assert.False(answer.TryGetProperty("data", out _));
    }
}
