using System.Net;
using System.Text;
using System.Text.Json;
using CptGraph.GraphQL.Transport.WebSockets;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Live;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>Issue 15 row 9: with <c>Security:ApiKeys</c> set, one key check guards GET, POST, ?sdl, introspection, SSE and WebSocket.</summary>
public sealed class ApiKeyTests : IAsyncLifetime
{
    private const string Key = "all-transports-key";
    private readonly CptGraphServerFactory _server = new();

    public Task InitializeAsync()
    {
        _server.Settings["Security:ApiKeys:0"] = Key;
        _ = _server.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/graphql?query=%7Bcode(code%3A%2299213%22)%7Bcode%7D%7D" },
        { "POST", """{"query":"{ code(code: \"99213\") { code } }"}""" },
        { "GET", "/graphql?sdl" },
        { "POST", """{"query":"{ __schema { queryType { name } } }"}""" },
        { "SSE", """{"query":"subscription { rateDistributionChanged(code: \"96375\", payer: \"Aetna\") { code } }"}""" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task WithoutAKey_Is401WithACode_AndWithItAnswers(string method, string target)
    {
        using var client = _server.CreateClient();

        using var missing = await client.SendAsync(Request(method, target, null));
        using var wrong = await client.SendAsync(Request(method, target, "wrong-key"));
        using var right = await client.SendAsync(Request(method, target, Key), HttpCompletionOption.ResponseHeadersRead);

        foreach (var refused in new[] { missing, wrong })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("AUTH_NOT_AUTHENTICATED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task AWebSocket_NeedsTheSameKey_InConnectionInit()
    {
        await using (var refused = await GraphQLWsTestClient.ConnectAsync(_server.Server))
        {
            await refused.SendAsync(new { type = "connection_init", payload = new { apiKey = "wrong-key" } });
            Assert.Equal((GraphQLWsCloseCodes.Forbidden, "Forbidden"), await refused.ReceiveCloseAsync());
        }

        await using var accepted = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, new { apiKey = Key });
    }

    private static HttpRequestMessage Request(string method, string target, string? key)
    {
        var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, target)
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(target, Encoding.UTF8, "application/json") };
        if (method == "SSE")
        {
            request.Headers.Add("Accept", "text/event-stream");
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }
}
