namespace CptGraph.GraphQL.Security;

/// <summary>
/// Whether a request or live connection may go on and, when not, the coded error every transport reports alike
/// (HTTP 401 with a GraphQL error body, WebSocket close 4403 with <see cref="Reason"/>).
/// </summary>
public readonly record struct AccessDecision(bool Admitted, string? Code, string? Reason, bool ConcernsBearer)
{
    /// <summary>No credential (or a wrong API key) was presented where one is required.</summary>
    public const string NotAuthenticatedCode = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A bearer token was presented but refused (expired, wrong audience or issuer, bad signature, malformed).</summary>
    public const string InvalidTokenCode = "AUTH_INVALID_TOKEN";

    public static AccessDecision Admit { get; } = new(true, null, null, false);

    public static AccessDecision NotAuthenticated(string reason, bool bearerAccepted) => new(false, NotAuthenticatedCode, reason, bearerAccepted);

    public static AccessDecision InvalidToken(string reason) => new(false, InvalidTokenCode, reason, true);
}
