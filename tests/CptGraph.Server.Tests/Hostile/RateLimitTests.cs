using System.Net;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>Issue 15 row 9: per-client rate limiting (Security:RateLimit), keyed by API key or else remote address.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly CptGraphServerFactory _server = new();

    public Task InitializeAsync()
    {
        _server.Settings["Security:RateLimit:PermitsPerWindow"] = "3";
        _server.Settings["Security:RateLimit:Window"] = "01:00:00";
        _ = _server.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TheFourthRequestOfAClient_Is429WithACode_WhileAnotherClientIsServed()
    {
        using var client = _server.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/graphql?query=%7B__typename%7D");
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                Assert.Equal("3600", response.Headers.RetryAfter?.ToString());
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal("RATE_LIMITED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            }
        }

        using var other = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D") { Headers = { { "X-Api-Key", "another-client" } } };
        using var otherResponse = await client.SendAsync(other);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
    }
}
