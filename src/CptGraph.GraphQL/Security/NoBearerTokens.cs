namespace CptGraph.GraphQL.Security;

/// <summary>No bearer tokens configured: only API keys (or nothing) guard the transports.</summary>
public sealed class NoBearerTokens : IBearerTokenAuthenticator
{
    public bool IsConfigured => false;

    public Task<BearerTokenResult> AuthenticateAsync(HttpContext context, string? presentedToken) => Task.FromResult(BearerTokenResult.NoToken);
}
