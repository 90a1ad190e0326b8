using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CptGraph.Server.Tests.Transport;

/// <summary>Raw requests, so tests control every header and byte the transport sees.</summary>
internal static class TransportRequests
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return WithAccept(request, accept);
    }

    public static HttpRequestMessage PostJson(object payload, string? accept = null) =>
        Post(JsonSerializer.Serialize(payload), accept: accept);

    public static HttpRequestMessage Get(string queryString, string? accept = null) =>
        WithAccept(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString), accept);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<string> FirstErrorCodeAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    private static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
