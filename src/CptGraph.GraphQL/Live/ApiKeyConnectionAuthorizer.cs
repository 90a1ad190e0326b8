using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Live;

/// <summary>
/// Accepts a connection whose <c>connection_init</c> payload has an <c>apiKey</c> (SSE: an <c>X-Api-Key</c> header)
/// listed in <see cref="LiveOptions.ApiKeys"/>; with no keys configured every connection is accepted.
/// </summary>
public sealed class ApiKeyConnectionAuthorizer(IOptionsMonitor<LiveOptions> options) : ILiveConnectionAuthorizer
{
    public const string HeaderName = "X-Api-Key";

    public ValueTask<bool> AuthorizeAsync(HttpContext context, JsonElement? initPayload, CancellationToken cancellationToken)
    {
        var keys = options.CurrentValue.ApiKeys;
        if (keys.Count == 0)
        {
            return ValueTask.FromResult(true);
        }

        var presented = initPayload is { ValueKind: JsonValueKind.Object } payload && payload.TryGetProperty("apiKey", out var key) && key.ValueKind == JsonValueKind.String
            ? key.GetString()
            : context.Request.Headers[HeaderName].FirstOrDefault();
        return ValueTask.FromResult(presented is not null && keys.Any(k => FixedTimeEquals(k, presented)));
    }

    private static bool FixedTimeEquals(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
