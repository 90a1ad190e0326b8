using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.PersistedOperations;

internal static class PersistedRequests
{
    public static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>A query no other test sends, so no store or cache has seen it.</summary>
    public static string UniqueQuery() => $"{{ code(code: \"96375\") {{ code }} u{Guid.NewGuid():N}: __typename }}";

    public static async Task<JsonElement> PostAsync(this HttpClient client, object payload)
    {
        using var response = await client.SendAsync(PostJson(payload));
        return await response.JsonAsync();
    }

    public static object Apq(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    public static string? FirstCode(this JsonElement answer) =>
        answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public static string? CodeValue(this JsonElement answer) =>
        answer.GetProperty("data").GetProperty("code").GetProperty("code").GetString();
}
