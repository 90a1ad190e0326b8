using System.Net.Http.Headers;
using System.Text.Json;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Limits;

/// <summary>POSTs one query and hands back the whole answer, with the first error when there is one.</summary>
internal static class LimitRequests
{
    public static string IntrospectionQuery => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Limits", "IntrospectionQuery.graphql"));

    public static async Task<JsonElement> PostQueryAsync(this HttpClient client, string query, bool reportCost = false)
    {
        using var request = PostJson(new { query });
        if (reportCost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await client.SendAsync(request);
        return await response.JsonAsync();
    }

    public static JsonElement FirstError(this JsonElement answer) => answer.GetProperty("errors")[0];

    public static string? Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    public static JsonElement Extension(this JsonElement error, string name) => error.GetProperty("extensions").GetProperty(name);
}
