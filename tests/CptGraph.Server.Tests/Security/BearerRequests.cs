using System.Net.Http.Headers;
using System.Text;

namespace CptGraph.Server.Tests.Security;

/// <summary>One request per HTTP transport the access check guards: GET, POST, ?sdl, introspection and SSE.</summary>
internal static class BearerRequests
{
    public static TheoryData<string, string> Transports => new()
    {
        { "GET", "/graphql?query=%7Bcode(code%3A%2299213%22)%7Bcode%7D%7D" },
        { "POST", """{"query":"{ code(code: \"99213\") { code } }"}""" },
        { "GET", "/graphql?sdl" },
        { "POST", """{"query":"{ __schema { queryType { name } } }"}""" },
        { "SSE", """{"query":"subscription { rateDistributionChanged(code: \"96375\", payer: \"Aetna\") { code } }"}""" },
    };

    public static HttpRequestMessage Create(string method, string target, string? token, string? apiKey = null)
    {
        var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, target)
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(target, Encoding.UTF8, "application/json") };
        if (method == "SSE")
        {
            request.Headers.Add("Accept", "text/event-stream");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return request;
    }
}
