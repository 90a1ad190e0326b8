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
        // Act: code 10 + taxonomies 10 + medicareFees 10 = 30 > 25, at depth 3.
        var answer = await client.PostQueryAsync("{ code(code: \"96375\") { taxonomies { code } medicareFees { year } } }");

        // Assert
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0047", error.Code());
        Assert.Equal("The maximum allowed field cost was exceeded.", error.GetProperty("message").GetString());
        Assert.Equal(30, error.Extension("fieldCost").GetDouble());
        Assert.Equal(TightLimitsServer.MaxFieldCost, error.Extension("maxFieldCost").GetDouble());
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
        Assert.Contains("00:00:00.2", error.GetProperty("message").GetString());
    }
}
