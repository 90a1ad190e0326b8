using System.Net;
using System.Text.Json;
using CptGraph.GraphQL.Transport.WebSockets;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Live;

namespace CptGraph.Server.Tests.Security;

/// <summary>
/// Issue 15: with <c>Security:Jwt</c> set (HS256, a shared secret), every transport needs a valid bearer token; each way a
/// token can be wrong gets its own coded answer (401 with a GraphQL error body, a WebSocket close 4403 saying why).
/// </summary>
public sealed class JwtBearerTests : IAsyncLifetime
{
    private readonly CptGraphServerFactory _server = new();

    public Task InitializeAsync()
    {
        _server.Settings["Security:Jwt:Issuer"] = TestTokens.Issuer;
        _server.Settings["Security:Jwt:Audience"] = TestTokens.Audience;
        _server.Settings["Security:Jwt:SigningKey"] = TestTokens.Secret;
        _ = _server.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string> Transports => BearerRequests.Transports;

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AValidToken_IsServed(string method, string target)
    {
        using var client = _server.CreateClient();

        using var response = await client.SendAsync(BearerRequests.Create(method, target, TestTokens.Valid()), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task EveryWrongToken_Is401WithItsCodeAndReason(string method, string target)
    {
        using var client = _server.CreateClient();
        var cases = new (string? Token, string Code, string Reason)[]
        {
            (null, "AUTH_NOT_AUTHENTICATED", "A valid bearer token (header Authorization: Bearer) is required."),
            (TestTokens.Expired(), "AUTH_INVALID_TOKEN", "The bearer token was refused: it expired at "),
            (TestTokens.WrongAudience(), "AUTH_INVALID_TOKEN", "The bearer token was refused: its audience (aud) is not the one this server accepts."),
            (TestTokens.WrongSignature(), "AUTH_INVALID_TOKEN", "The bearer token was refused: its signature does not verify."),
            ("not-a-jwt", "AUTH_INVALID_TOKEN", "The bearer token was refused: it is not a well-formed JWT."),
        };

        foreach (var (token, code, reason) in cases)
        {
            using var response = await client.SendAsync(BearerRequests.Create(method, target, token));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var error = body.RootElement.GetProperty("errors")[0];
            Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.StartsWith(reason, error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task AnExpiredToken_SaysWhenItExpired()
    {
        var expires = DateTime.UtcNow.AddMinutes(-10);
        using var client = _server.CreateClient();

        using var response = await client.SendAsync(BearerRequests.Create("POST", """{"query":"{ __typename }"}""", TestTokens.ExpiredAt(expires)));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"The bearer token was refused: it expired at {expires:yyyy-MM-dd HH:mm:ss} UTC.", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task AWebSocket_PresentsItsTokenInConnectionInit()
    {
        await using var accepted = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, new { Authorization = "Bearer " + TestTokens.Valid() });
        await accepted.SubscribeAsync("1", "{ code(code: \"99213\") { code } }");
        var next = await accepted.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("99213", next.GetProperty("payload").GetProperty("data").GetProperty("code").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AWebSocket_WithoutAValidToken_IsClosedWith4403AndTheReason()
    {
        var cases = new (object? Payload, string Reason)[]
        {
            (null, "Forbidden"),
            (new { Authorization = "Bearer " + TestTokens.Expired() }, "Forbidden: The bearer token was refused: it expired at "),
            (new { Authorization = "Bearer " + TestTokens.WrongAudience() }, "Forbidden: The bearer token was refused: its audience (aud) is not the one this server accepts."),
            (new { Authorization = TestTokens.WrongSignature() }, "Forbidden: The bearer token was refused: its signature does not verify."),
        };

        foreach (var (payload, reason) in cases)
        {
            await using var refused = await GraphQLWsTestClient.ConnectAsync(_server.Server);
            await refused.SendAsync(new { type = "connection_init", payload });

            var (code, description) = await refused.ReceiveCloseAsync();

            Assert.Equal(GraphQLWsCloseCodes.Forbidden, code);
            Assert.StartsWith(reason, description);
        }
    }

    [Fact]
    public async Task AHalfConfiguredJwt_StopsTheServerFromStarting()
    {
        await using var server = new CptGraphServerFactory();
        server.Settings["Security:Jwt:SigningKey"] = TestTokens.Secret;
        server.Settings["Security:Jwt:Issuer"] = TestTokens.Issuer;

        var failure = Assert.ThrowsAny<Exception>(() => server.Server);

        Assert.Contains("Security:Jwt:Audience is required", failure.ToString());
    }
}
