using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>
/// Issue 15 rows 2 and 4: every input list has a cap (docs/limits.md) checked at validation, before any expression or SQL
/// is built, literal or variable alike; what stays under the cap still runs and costs its items.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class InputCapTests(CptGraphServerFactory server)
{
    [Fact]
    public async Task TwentyThousandOrderEntries_AreMaxSortEntries()
    {
        var order = string.Join(',', Enumerable.Repeat("{ code: ASC }", 1_500));

        var literal = await HostileTransports.PostAsync(server, $"{{ codes(order: [{order}]) {{ nodes {{ code }} }} }}");
        var variable = await HostileTransports.PostAsync(server, "query($o: [CodeSortInput!]) { codes(order: $o) { nodes { code } } }",
            new { o = Enumerable.Repeat(new { code = "ASC" }, 20_000) });

        // Legacy application/json answers validation errors with 200, as Hot Chocolate does; never 5xx.
        foreach (var (answer, entries) in new[] { (literal, 1_500), (variable, 20_000) })
        {
            Assert.True(answer.Status < 500, answer.ToString());
            Assert.Equal("MAX_SORT_ENTRIES", answer.Codes[0]);
            Assert.Contains($"\"detected\":{entries}", answer.Body);
            Assert.Contains("\"allowed\":10", answer.Body);
            Assert.DoesNotContain("\"data\"", answer.Body);
        }

        await HostileTransports.AssertAliveAsync(server);
    }

    [Fact]
    public async Task ThirtyTwoThousandOrTerms_AreMaxFilterTerms()
    {
        var terms = Enumerable.Range(0, 32_000).Select(i => new { code = new { eq = $"{i:D5}" } });

        var answer = await HostileTransports.PostAsync(server, "query($w: CodeFilterInput) { codes(where: $w) { nodes { code } } }",
            new { w = new { or = terms } });

        // The 32,000 terms also weigh 3,200 in the cost, so HC0047 comes with it.
        Assert.True(answer.Status < 500, answer.ToString());
        Assert.Equal(["MAX_FILTER_TERMS", "HC0047"], answer.Codes);
        Assert.Contains("\"detected\":32000", answer.Body);
        await HostileTransports.AssertAliveAsync(server);
    }

    [Fact]
    public async Task NestedTermsCountThroughEveryLevel()
    {
        // 6 terms at the top, each with 9 nested: 6 + 54 = 60 > 50.
        var inner = string.Join(',', Enumerable.Repeat("{ code: { eq: \"96375\" } }", 9));
        var outer = string.Join(',', Enumerable.Repeat($"{{ and: [{inner}] }}", 6));

        var answer = await HostileTransports.PostAsync(server, $"{{ codes(where: {{ or: [{outer}] }}) {{ nodes {{ code }} }} }}");

        Assert.Equal(["MAX_FILTER_TERMS"], answer.Codes);
        Assert.Contains("\"detected\":60", answer.Body);
    }

    [Fact]
    public async Task UnderTheCaps_TheFilterRunsBalancedAndCostsItsItems()
    {
        // 50 or-terms (the cap), one matching; codes 10 + nodes 1 = 11 without a filter, and the 50 items add 50 / 10 = 5.
        var terms = Enumerable.Range(0, 49).Select(i => new { code = new { eq = $"X{i}" } }).Append(new { code = new { eq = "96375" } });
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "query($w: CodeFilterInput) { codes(where: $w) { nodes { code } } }", variables = new { w = new { or = terms } } }),
        };
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        var answer = await HostileTransports.AnswerAsync("POST", response);

        Assert.Equal(200, answer.Status);
        Assert.Empty(answer.Codes);
        Assert.Contains("\"nodes\":[{\"code\":\"96375\"}]", answer.Body);
        Assert.Contains("\"fieldCost\":16", answer.Body[answer.Body.IndexOf("operationCost", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task InListOverTheCap_IsMaxInValues()
    {
        var answer = await HostileTransports.PostAsync(server, "query($v: [String!]) { codes(where: { code: { in: $v } }) { nodes { code } } }",
            new { v = Enumerable.Range(0, 501).Select(i => i.ToString()) });

        Assert.Equal(["MAX_IN_VALUES"], answer.Codes);
        Assert.Contains("\"allowed\":500", answer.Body);
    }

    [Fact]
    public async Task ElevenNodeIds_AreHC0076AtValidation()
    {
        var answers = await HostileTransports.SendEverywhereAsync(server, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = Enumerable.Repeat("Q29kZTo5NjM3NQ==", 11) });

        Assert.All(answers, answer => Assert.Equal(["HC0076"], answer.Codes));
    }

    [Fact]
    public async Task SearchTextOverTheCap_IsRefusedBeforeSearching()
    {
        var nineMegabytes = string.Join(' ', Enumerable.Repeat("infusion", 1_000_000));

        var huge = await HostileTransports.PostAsync(server, "query($t: String!) { searchCodes(text: $t) { nodes { code } } }", new { t = nineMegabytes });
        var atCap = await HostileTransports.PostAsync(server, "query($t: String!) { searchCodes(text: $t) { nodes { code } } }", new { t = "infusion " + new string('x', 247) });
        var overCap = await HostileTransports.PostAsync(server, "query($t: String!) { searchCodes(text: $t) { nodes { code } } }", new { t = "infusion " + new string('x', 248) });

        Assert.Equal(["SEARCH_TEXT_TOO_LONG"], huge.Codes);
        Assert.Contains("\"allowed\":256", huge.Body);
        Assert.Empty(atCap.Codes);
        Assert.Equal(["SEARCH_TEXT_TOO_LONG"], overCap.Codes);
        await HostileTransports.AssertAliveAsync(server);
    }
}
