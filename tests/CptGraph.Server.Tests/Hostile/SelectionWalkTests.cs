using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>
/// Issue 15 row 1: fragment cycles and deep fragment chains are refused with a coded error on every transport,
/// instead of the depth and cost walks recursing until the process dies.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class SelectionWalkTests(CptGraphServerFactory server)
{
    [Theory]
    [InlineData("{ code(code:\"96375\") { ...C } } fragment C on Code { relatedCodes { code { ...C } } }")]
    [InlineData("{ code(code:\"96375\") { ...A } } fragment A on Code { code ...B } fragment B on Code { relatedCodes { code { ...A } } }")]
    [InlineData("{ code(code:\"96375\") { ...A } } fragment A on Code { ... on Code { ...A } }")]
    public async Task FragmentCycle_IsRefusedOnEveryTransport(string query)
    {
        var answers = await HostileTransports.SendEverywhereAsync(server, query);

        Assert.Equal(3, answers.Count);
        Assert.All(answers, answer =>
        {
            Assert.True(answer.Status < 500, answer.ToString());
            Assert.Contains("NO_FRAGMENT_CYCLES", answer.Codes);
            Assert.DoesNotContain("\"data\":{", answer.Body);
        });
        await HostileTransports.AssertAliveAsync(server);
    }

    [Fact]
    public async Task LongAcyclicFragmentChain_IsADepthError()
    {
        // 300 fragments, each one level deeper than the next: no cycle, but far deeper than any walk should recurse.
        var fragments = Enumerable.Range(0, 300)
            .Select(i => i == 299 ? $"fragment F{i} on Code {{ code }}" : $"fragment F{i} on Code {{ relatedCodes {{ code {{ ...F{i + 1} }} }} }}");
        var query = "{ code(code:\"96375\") { ...F0 } } " + string.Join(' ', fragments);

        var answer = await HostileTransports.PostAsync(server, query);

        // The walk stops at 64 levels and reports 65; the cut-short cost walk reports the ceiling.
        Assert.True(answer.Status < 500, answer.ToString());
        Assert.Equal(["MAX_EXECUTION_DEPTH", "HC0047"], answer.Codes);
        Assert.Contains("\"detectedExecutionDepth\":65", answer.Body);
        await HostileTransports.AssertAliveAsync(server);
    }

    [Fact]
    public async Task FragmentBomb_CostIsCappedAtTheCeiling()
    {
        // Ten fragments each spreading the next one ten times: 10^10 fields, visited only up to the walk's budget.
        var fragments = Enumerable.Range(0, 10).Select(i => i == 9
            ? $"fragment F{i} on Code {{ code }}"
            : $"fragment F{i} on Code {{ {string.Join(' ', Enumerable.Range(0, 10).Select(_ => $"...F{i + 1}"))} }}");
        var query = "{ code(code:\"96375\") { ...F0 } } " + string.Join(' ', fragments);

        var answers = await HostileTransports.SendEverywhereAsync(server, query);

        Assert.All(answers, answer =>
        {
            Assert.True(answer.Status < 500, answer.ToString());
            Assert.Contains("HC0047", answer.Codes);
            Assert.Contains("\"fieldCost\":1000000000000", answer.Body);
        });
        await HostileTransports.AssertAliveAsync(server);
    }
}
