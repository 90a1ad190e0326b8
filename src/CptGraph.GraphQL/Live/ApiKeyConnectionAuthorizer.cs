using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CptGraph.GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Live;

/// <summary>
/// The one API-key check of every transport. A request presents its key in an <c>X-Api-Key</c> header, a WebSocket
/// also in its <c>connection_init</c> payload <c>apiKey</c>. <see cref="ApiKeyOptions.ApiKeys"/> (<c>Security:ApiKeys</c>)
/// protect everything; the older <see cref="LiveOptions.ApiKeys"/> (<c>Live:ApiKeys</c>) protect only live connections.
/// With no keys configured every request is accepted.
/// </summary>
public sealed class ApiKeyConnectionAuthorizer(IOptionsMonitor<LiveOptions> live, IOptionsMonitor<ApiKeyOptions> security) : ILiveConnectionAuthorizer
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>Live connections (SSE, WebSocket): a key from either list.</summary>
    public ValueTask<bool> AuthorizeAsync(HttpContext context, JsonElement? initPayload, CancellationToken cancellationToken)
    {
        var keys = security.CurrentValue.ApiKeys.Concat(live.CurrentValue.ApiKeys).ToList();
        return ValueTask.FromResult(Accepts(keys, Presented(context, initPayload)));
    }

    /// <summary>Plain HTTP (GET, POST, <c>?sdl</c>): a key from <c>Security:ApiKeys</c>, when any is configured.</summary>
    public bool AuthorizesRequest(HttpContext context) => Accepts(security.CurrentValue.ApiKeys, Presented(context, null));

    private static string? Presented(HttpContext context, JsonElement? initPayload) =>
        initPayload is { ValueKind: JsonValueKind.Object } payload && payload.TryGetProperty("apiKey", out var key) && key.ValueKind == JsonValueKind.String
            ? key.GetString()
            : context.Request.Headers[HeaderName].FirstOrDefault();

    private static bool Accepts(IReadOnlyCollection<string> keys, string? presented) =>
        keys.Count == 0 || (presented is not null && keys.Any(k => FixedTimeEquals(k, presented)));

    private static bool FixedTimeEquals(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
