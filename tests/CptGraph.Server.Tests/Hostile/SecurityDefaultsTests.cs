using System.Net;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>Issue 15 row 9: security headers on every response, a same-origin WebSocket default, no server paths shown.</summary>
[Collection(HostileCollection.Name)]
public sealed class SecurityDefaultsTests(CptGraphServerFactory server)
{
    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/graphql?sdl")]
    [InlineData("/dashboard")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'self'", policy);
    }

    [Fact]
    public async Task TheIdeAndItsAssets_CarryTheContentSecurityPolicy()
    {
        using var client = server.CreateClient();
        using var page = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html" } } });
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"([^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        using var asset = await client.GetAsync("/graphql/ide/" + script.TrimStart('.', '/'));

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("script-src 'self'", asset.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", asset.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task WebSocketFromAnotherOrigin_IsRefusedBeforeTheUpgrade_SameOriginConnects()
    {
        var foreign = server.Server.CreateWebSocketClient();
        foreign.SubProtocols.Add("graphql-transport-ws");
        foreign.ConfigureRequest = request => request.Headers.Origin = "https://evil.example";
        var same = server.Server.CreateWebSocketClient();
        same.SubProtocols.Add("graphql-transport-ws");
        same.ConfigureRequest = request => request.Headers.Origin = "http://localhost";

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => foreign.ConnectAsync(new Uri(server.Server.BaseAddress, "graphql"), CancellationToken.None));
        using var accepted = await same.ConnectAsync(new Uri(server.Server.BaseAddress, "graphql"), CancellationToken.None);

        Assert.Contains("403", refused.Message);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, accepted.State);
    }

    [Fact]
    public async Task IngestRuns_ShowFileNamesNotServerPaths()
    {
        using var answer = await server.QueryAsync("{ ingestRuns { source } }");

        var sources = answer.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray().Select(r => r.GetProperty("source").GetString()!).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.DoesNotContain('/', source));
    }
}
