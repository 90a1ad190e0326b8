using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Limits;

/// <summary>Each limit, lowered through configuration, refuses with its coded error; what stays under it still runs.</summary>
public sealed class ConfiguredLimitsTests(TightLimitsServer fixture) : IClassFixture<TightLimitsServer>
{
    private readonly HttpClient client = fixture.Server.CreateClient();

    [Fact]
    public async Task Depth_AtTheLimitRuns_OneDeeperIsRefused()
    {
        var atLimit = await client.PostQueryAsync("{ code(code: \"96375\") { taxonomies { code } } }");
        var deeper = await client.PostQueryAsync("{ code(code: \"96375\") { taxonomies { codes { code } } } }");

        Assert.False(atLimit.TryGetProperty("errors", out _), atLimit.ToString());
        Assert.NotEmpty(atLimit.GetProperty("data").GetProperty("code").GetProperty("taxonomies").EnumerateArray());
        var error = deeper.FirstError();
        Assert.Equal("MAX_EXECUTION_DEPTH", error.Code());
        Assert.Equal(TightLimitsServer.MaxExecutionDepth, error.Extension("allowedExecutionDepth").GetInt32());
        Assert.Equal(4, error.Extension("detectedExecutionDepth").GetInt32());
    }

    [Fact]
    public async Task FieldCost_AboveTheLimit_IsHC0047WithTheCosts()
    {
        // Act: three root lookups (one aliased, within the alias limit), 10 each = 30 > 25 (batched child lists weigh 1, so they would not reach it).
        var answer = await client.PostQueryAsync("{ code(code: \"96375\") { code } payer(name: \"Aetna\") { name } a: code(code: \"96376\") { code } }");

        // Assert
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0047", error.Code());
        Assert.Equal("The maximum allowed field cost was exceeded.", error.GetProperty("message").GetString());
        Assert.Equal(30, error.Extension("fieldCost").GetDouble());
        Assert.Equal(TightLimitsServer.MaxFieldCost, error.Extension("maxFieldCost").GetDouble());
    }

    [Fact]
    public async Task TypeCost_AboveTheLimit_IsHC0047WithTheTypeCosts()
    {
        // Act: the page and its 20 nodes are 21 objects > 12, while the field cost (20) stays under 25.
        var answer = await client.PostQueryAsync("{ testItemsPage(first: 20) { nodes { name } } }");

        // Assert
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0047", error.Code());
        Assert.Equal("The maximum allowed type cost was exceeded.", error.GetProperty("message").GetString());
        Assert.Equal(21, error.Extension("typeCost").GetDouble());
        Assert.Equal(TightLimitsServer.MaxTypeCost, error.Extension("maxTypeCost").GetDouble());
        Assert.False(answer.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task RequestBodyLargerThanTheConfiguredSize_Is413WithHC0010()
    {
        // Arrange: a short query padded (outside the document) to one byte over GraphQL:Http:MaxRequestSize.
        var body = "{\"query\":\"{ __typename }\"}";
        var atLimit = body + new string(' ', TightLimitsServer.MaxRequestSize - body.Length);

        // Act
        using var accepted = await client.SendAsync(Post(atLimit));
        using var refused = await client.SendAsync(Post(atLimit + " "));

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("HC0010", await refused.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task SlicingArgument_SizesTheList()
    {
        // Act: testItems 10 + first (5) × child 10 = 60 > 25.
        var answer = await client.PostQueryAsync("{ testItems(first: 5) { child { name } } }");

        // Assert
        var error = answer.FirstError();
        Assert.Equal("HC0047", error.Code());
        Assert.Equal(60, error.Extension("fieldCost").GetDouble());
    }

    [Theory]
    [InlineData("{ testItemsPage(first: 2) { nodes { name } totalCount } }", 20, 3)]
    [InlineData("{ testItemsPage { nodes { name } totalCount } }", 20, 11)]
    public async Task OnAConnection_TheSliceSizesOnlyNodes(string query, double fieldCost, double typeCost)
    {
        // Act: testItemsPage 10 + nodes 10; objects: the page and its nodes (first, or 10 by default).
        var answer = await client.PostQueryAsync(query, reportCost: true);

        // Assert
        Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        var cost = answer.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(fieldCost, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(typeCost, cost.GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task CostFromAVariable_IsCheckedAgainOnTheCachedDocument()
    {
        // Arrange
        const string query = "query($n: Int) { testItems(first: $n) { child { name } } }";

        // Act: the same document twice, the second time from the cache, with a larger page.
        using var small = await client.SendAsync(PostJson(new { query, variables = new { n = 1 } }));
        using var large = await client.SendAsync(PostJson(new { query, variables = new { n = 5 } }));

        // Assert
        Assert.Equal("item", (await small.JsonAsync()).GetProperty("data").GetProperty("testItems")[0].GetProperty("child").GetProperty("name").GetString());
        Assert.Equal("HC0047", (await large.JsonAsync()).FirstError().Code());
    }

    [Fact]
    public async Task Aliases_AboveTheLimit_AreRefused()
    {
        var answer = await client.PostQueryAsync("{ a: __typename b: __typename c: __typename }");

        var error = answer.FirstError();
        Assert.Equal("MAX_ALIAS_COUNT", error.Code());
        Assert.Equal(3, error.Extension("detectedAliasCount").GetInt32());
        Assert.Equal(TightLimitsServer.MaxAliasCount, error.Extension("allowedAliasCount").GetInt32());
    }

    [Fact]
    public async Task DocumentLongerThanTheLimit_IsRefusedBeforeParsing()
    {
        var answer = await client.PostQueryAsync("{ __typename }\n#" + new string('x', TightLimitsServer.MaxDocumentLength));

        var error = answer.FirstError();
        Assert.Equal("MAX_DOCUMENT_SIZE", error.Code());
        Assert.Equal(TightLimitsServer.MaxDocumentLength, error.Extension("allowedDocumentSize").GetInt32());
    }

    [Fact]
    public async Task DocumentWithMoreTokensThanTheLimit_IsRefusedBeforeParsing()
    {
        // 41 names between the braces: never parsed (it would not even validate).
        var answer = await client.PostQueryAsync("{ " + string.Join(' ', Enumerable.Repeat("x", TightLimitsServer.MaxTokenCount + 1)) + " }");

        var error = answer.FirstError();
        Assert.Equal("MAX_TOKEN_COUNT", error.Code());
        Assert.Equal(TightLimitsServer.MaxTokenCount, error.Extension("allowedTokenCount").GetInt32());
    }

    [Fact]
    public async Task IntrospectionSwitchedOff_IsHC0046_ButTypenameStillWorks()
    {
        var schema = await client.PostQueryAsync("{ __schema { queryType { name } } }");
        var typename = await client.PostQueryAsync("{ __typename }");

        var error = schema.FirstError();
        Assert.Equal("HC0046", error.Code());
        Assert.Equal("__schema", error.Extension("field").GetString());
        Assert.Equal("Query", typename.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task ExecutionLongerThanTheTimeout_IsHC0045()
    {
        var answer = await client.PostQueryAsync("{ waitForever }");

        var error = answer.FirstError();
        Assert.Equal("HC0045", error.Code());
        Assert.Contains("00:00:03", error.GetProperty("message").GetString());
    }
}
