using System.Net;
using System.Text.Json;
using CptGraph.GraphQL.Transport.WebSockets;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Live;

namespace CptGraph.Server.Tests.Security;

/// <summary>
/// API keys and JWT bearer together (the tokens RS256, checked with a PEM public key): either credential admits on every
/// transport, neither is refused with a message naming both.
/// </summary>
public sealed class JwtWithApiKeyTests : IAsyncLifetime
{
    private const string Key = "service-key-for-the-pipeline";
    private readonly CptGraphServerFactory _server = new();

    public Task InitializeAsync()
    {
        _server.Settings["Security:ApiKeys:0"] = Key;
        _server.Settings["Security:Jwt:Issuer"] = TestTokens.Issuer;
        _server.Settings["Security:Jwt:Audience"] = TestTokens.Audience;
        _server.Settings["Security:Jwt:SigningKey"] = TestTokens.RsaPublicKeyPem;
        _ = _server.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string> Transports => BearerRequests.Transports;

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task EitherCredential_Admits_AndNeitherIs401NamingBoth(string method, string target)
    {
        using var client = _server.CreateClient();
        var token = TestTokens.Rs256(DateTime.UtcNow.AddMinutes(5));

        using var byKey = await client.SendAsync(BearerRequests.Create(method, target, null, Key), HttpCompletionOption.ResponseHeadersRead);
        using var byToken = await client.SendAsync(BearerRequests.Create(method, target, token), HttpCompletionOption.ResponseHeadersRead);
        using var tokenDespiteWrongKey = await client.SendAsync(BearerRequests.Create(method, target, token, "wrong-key"), HttpCompletionOption.ResponseHeadersRead);
        using var neither = await client.SendAsync(BearerRequests.Create(method, target, null, "wrong-key"));
        using var hs256 = await client.SendAsync(BearerRequests.Create(method, target, TestTokens.Valid()));

        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tokenDespiteWrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, neither.StatusCode);
        Assert.Equal(
            ("AUTH_NOT_AUTHENTICATED", "A valid API key (header X-Api-Key) or bearer token (header Authorization: Bearer) is required."),
            await ErrorOfAsync(neither));

        // An HS256 token signed with a secret is no use where only the RSA key is configured.
        Assert.Equal(HttpStatusCode.Unauthorized, hs256.StatusCode);
        Assert.Equal(("AUTH_INVALID_TOKEN", "The bearer token was refused: its signature does not verify."), await ErrorOfAsync(hs256));
    }

    [Fact]
    public async Task AWebSocket_IsAdmittedByEither_AndRefusedByNeither()
    {
        await using (var byKey = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, new { apiKey = Key }))
        await using (var byToken = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server, new { Authorization = "Bearer " + TestTokens.Rs256(DateTime.UtcNow.AddMinutes(5)) }))
        {
            await byToken.SubscribeAsync("1", "{ __typename }");
            Assert.Equal("next", (await byToken.ReceiveAsync()).GetProperty("type").GetString());
        }

        await using var refused = await GraphQLWsTestClient.ConnectAsync(_server.Server);
        await refused.SendAsync(new { type = "connection_init", payload = new { apiKey = "wrong-key", Authorization = "Bearer " + TestTokens.Rs256(DateTime.UtcNow.AddMinutes(-5)) } });
        var (code, reason) = await refused.ReceiveCloseAsync();
        Assert.Equal(GraphQLWsCloseCodes.Forbidden, code);
        Assert.StartsWith("Forbidden: The bearer token was refused: it expired at ", reason);
    }

    private static async Task<(string?, string?)> ErrorOfAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        return (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("message").GetString());
    }
}
