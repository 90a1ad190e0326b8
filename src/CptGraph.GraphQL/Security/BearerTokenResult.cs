using System.Security.Claims;

namespace CptGraph.GraphQL.Security;

/// <summary>What <see cref="IBearerTokenAuthenticator"/> made of a request: no token, a valid one, or a refused one and why.</summary>
public readonly record struct BearerTokenResult(ClaimsPrincipal? Principal, string? Failure)
{
    public static BearerTokenResult NoToken { get; } = new(null, null);

    public static BearerTokenResult Valid(ClaimsPrincipal principal) => new(principal, null);

    public static BearerTokenResult Refused(string failure) => new(null, failure);
}
