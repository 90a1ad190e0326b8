using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CptGraph.Server.Tests.Soak;

/// <summary>The soak's query mix (POST and GET, lookups, search, lists): each answer must be 200, error-free and hold its expected value.</summary>
internal static class SoakQueries
{
    private static readonly (string Query, bool Get, string Expected)[] Mix =
    [
        ("""{ code(code: "96375") { code rates { payer { name } count mean } } }""", false, "\"Aetna\""),
        ("""{ code(code: "99213") { code } }""", true, "\"99213\""),
        ("""{ searchCodes(text: "nausea vomit", first: 5) { nodes { code } } }""", false, "\"nodes\""),
        ("""{ payers(order: [{ name: ASC }]) { nodes { name kind } } }""", true, "\"Aetna\""),
        ("""{ ingestRuns(status: SUCCEEDED) { runId status } }""", false, "\"SUCCEEDED\""),
    ];

    /// <summary>Sends query number <paramref name="sequence"/> of the mix; null when the answer was right, else what was wrong.</summary>
    public static async Task<string?> SendAsync(HttpClient client, int sequence)
    {
        var (query, get, expected) = Mix[sequence % Mix.Length];
        try
        {
            using var response = get
                ? await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query))
                : await client.PostAsJsonAsync("/graphql", new { query });
            var body = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(body);
            return response.StatusCode == HttpStatusCode.OK && !json.RootElement.TryGetProperty("errors", out _) && body.Contains(expected, StringComparison.Ordinal)
                ? null
                : $"{(get ? "GET" : "POST")} {query}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return $"{(get ? "GET" : "POST")} {query}: {e.GetType().Name} {e.Message}";
        }
    }
}
