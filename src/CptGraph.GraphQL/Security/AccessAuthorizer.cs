using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CptGraph.GraphQL.Live;
using CptGraph.GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Security;

/// <summary>
/// The one access check of every transport (GET, POST, <c>?sdl</c>, introspection, SSE, WebSocket): an API key or a
/// bearer token, whichever is configured; with both configured either one admits (a service sends its key, a person
/// their token). A request presents its key in an <c>X-Api-Key</c> header and its token in <c>Authorization: Bearer</c>;
/// a WebSocket may send both in its <c>connection_init</c> payload instead (<c>apiKey</c>, <c>Authorization</c>).
/// <see cref="ApiKeyOptions.ApiKeys"/> (<c>Security:ApiKeys</c>) protect everything; the older
/// <see cref="LiveOptions.ApiKeys"/> (<c>Live:ApiKeys</c>) protect only live connections. With nothing configured
/// every request is admitted.
/// </summary>
public sealed class AccessAuthorizer(IOptionsMonitor<LiveOptions> live, IOptionsMonitor<ApiKeyOptions> security, IBearerTokenAuthenticator bearer)
    : ILiveConnectionAuthorizer
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>Live connections (SSE, WebSocket): a key from either list, or a token.</summary>
    public async ValueTask<AccessDecision> AuthorizeAsync(HttpContext context, JsonElement? initPayload, CancellationToken cancellationToken)
    {
        var keys = security.CurrentValue.ApiKeys.Concat(live.CurrentValue.ApiKeys).ToList();
        return await DecideAsync(context, keys, initPayload);
    }

    /// <summary>Plain HTTP (GET, POST, <c>?sdl</c>): a key from <c>Security:ApiKeys</c> or a token, when either is configured.</summary>
    public Task<AccessDecision> AuthorizeRequestAsync(HttpContext context) => DecideAsync(context, security.CurrentValue.ApiKeys, null);

    private async Task<AccessDecision> DecideAsync(HttpContext context, IReadOnlyCollection<string> keys, JsonElement? initPayload)
    {
        if (keys.Count == 0 && !bearer.IsConfigured)
        {
            return AccessDecision.Admit;
        }

        if (keys.Count > 0 && PresentedKey(context, initPayload) is { } key && keys.Any(k => FixedTimeEquals(k, key)))
        {
            return AccessDecision.Admit;
        }

        if (bearer.IsConfigured)
        {
            var token = await bearer.AuthenticateAsync(context, PresentedToken(initPayload));
            if (token.Principal is not null)
            {
                // Resolvers see who asked, as they would behind ASP.NET Core's authentication middleware.
                context.User = token.Principal;
                return AccessDecision.Admit;
            }

            if (token.Failure is not null)
            {
                return AccessDecision.InvalidToken($"The bearer token was refused: {token.Failure}.");
            }
        }

        return AccessDecision.NotAuthenticated(
            (keys.Count > 0, bearer.IsConfigured) switch
            {
                (true, true) => "A valid API key (header X-Api-Key) or bearer token (header Authorization: Bearer) is required.",
                (true, false) => "A valid API key (header X-Api-Key) is required.",
                _ => "A valid bearer token (header Authorization: Bearer) is required.",
            },
            bearer.IsConfigured);
    }

    private static string? PresentedKey(HttpContext context, JsonElement? initPayload) =>
        PayloadString(initPayload, "apiKey") ?? context.Request.Headers[HeaderName].FirstOrDefault();

    /// <summary>The token of a <c>connection_init</c> payload <c>Authorization</c> (or <c>authorization</c>), with or without "Bearer ".</summary>
    private static string? PresentedToken(JsonElement? initPayload) =>
        (PayloadString(initPayload, "Authorization") ?? PayloadString(initPayload, "authorization")) is { } value
            ? value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value.Trim()
            : null;

    private static string? PayloadString(JsonElement? initPayload, string name) =>
        initPayload is { ValueKind: JsonValueKind.Object } payload && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool FixedTimeEquals(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
