namespace CptGraph.GraphQL.Security;

/// <summary>
/// The bearer-token half of <see cref="AccessAuthorizer"/>. The engine knows no token format: the application plugs in
/// one (the server's is JWT bearer); <see cref="NoBearerTokens"/> is the default.
/// </summary>
public interface IBearerTokenAuthenticator
{
    /// <summary>True when tokens are configured, so requests without an API key need one.</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Checks the request's <c>Authorization: Bearer</c> header, or <paramref name="presentedToken"/> when a WebSocket
    /// sent one in its <c>connection_init</c> payload (a browser cannot set headers on a WebSocket).
    /// </summary>
    Task<BearerTokenResult> AuthenticateAsync(HttpContext context, string? presentedToken);
}
