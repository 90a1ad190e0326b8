using System.Net;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Transport;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Ide;

/// <summary>
/// What Banana Cake Pop sends on load, under the default limits (depth, cost, tokens, aliases): four <c>__type</c> probes,
/// then the introspection query built from what they found. Any error here and the IDE shows no schema.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class BananaCakePopIntrospectionTests(CptGraphServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Theory]
    [InlineData("__Schema", "subscriptionType")]
    [InlineData("__Directive", "isRepeatable")]
    [InlineData("__Type", "specifiedByURL")]
    public async Task FeatureProbe_FindsTheFeature(string typeName, string field)
    {
        // Arrange: the probe's text as the bundle holds it (graphql-engine chunk, module 67889).
        var query = $"query IntrospectionQuery {{\n  __type(name: \"{typeName}\") {{\n    name\n    fields {{\n      name\n    }}\n  }}\n}}\n";

        // Act
        var (status, answer) = await PostAsync(query);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        var type = answer.GetProperty("data").GetProperty("__type");
        Assert.Equal(typeName, type.GetProperty("name").GetString());
        Assert.Contains(type.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == field);
    }

    [Fact]
    public async Task InputValueProbe_FindsDeprecation()
    {
        var (_, answer) = await PostAsync("query IntrospectionQuery {\n  __type(name: \"__InputValue\") {\n    fields {\n      name\n    }\n  }\n}\n");

        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        Assert.Contains(answer.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "isDeprecated");
    }

    [Theory]
    [InlineData("BananaCakePopIntrospection.graphql")]
    [InlineData("GraphQLJsFullIntrospection.graphql")]
    public async Task IntrospectionQuery_RunsUnderTheDefaultLimits_AndCostsNothing(string resource)
    {
        // Arrange
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Ide", resource));

        // Act
        var (status, answer) = await PostAsync(query, reportCost: true);

        // Assert: the whole schema, this branch's types included, and a cost of zero (introspection is exempt, as in Hot Chocolate).
        Assert.True(status == HttpStatusCode.OK, answer.ToString());
        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        var schema = answer.GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Subscription", schema.GetProperty("subscriptionType").GetProperty("name").GetString());
        var payer = Assert.Single(schema.GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Payer");
        Assert.Contains(payer.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "rates");
        Assert.Contains(schema.GetProperty("directives").EnumerateArray(), d => d.GetProperty("name").GetString() == "deprecated");
        var cost = answer.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(0, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(0, cost.GetProperty("typeCost").GetDouble());
    }

    private async Task<(HttpStatusCode Status, JsonElement Answer)> PostAsync(string query, bool reportCost = false)
    {
        // As the IDE posts it: the operation name, and graphql-response+json first in Accept.
        using var request = PostJson(new { query, operationName = "IntrospectionQuery" }, "application/graphql-response+json, application/json, multipart/mixed");
        if (reportCost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.JsonAsync());
    }
}
