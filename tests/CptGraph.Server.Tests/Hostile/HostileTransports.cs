using System.Net.Http.Json;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Live;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>Sends one operation the three ways a client can (POST, GET, graphql-transport-ws) and collects the answers.</summary>
internal static class HostileTransports
{
    public static async Task<IReadOnlyList<HostileAnswer>> SendEverywhereAsync(CptGraphServerFactory server, string query, object? variables = null)
    {
        var answers = new List<HostileAnswer> { await PostAsync(server, query, variables) };
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        if (url.Length < 60_000)
        {
            answers.Add(await GetAsync(server, url));
        }

        answers.Add(await WebSocketAsync(server, query, variables));
        return answers;
    }

    public static async Task<HostileAnswer> PostAsync(CptGraphServerFactory server, string query, object? variables = null)
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await AnswerAsync("POST", response);
    }

    public static async Task<HostileAnswer> GetAsync(CptGraphServerFactory server, string url)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(url);
        return await AnswerAsync("GET", response);
    }

    public static async Task<HostileAnswer> WebSocketAsync(CptGraphServerFactory server, string query, object? variables = null)
    {
        await using var socket = await GraphQLWsTestClient.ConnectAndInitAsync(server.Server);
        await socket.SubscribeAsync("1", query, variables);
        var message = await socket.ReceiveAsync();
        var type = message.GetProperty("type").GetString();
        var payload = message.GetProperty("payload");
        var errors = type == "error" ? payload : payload.TryGetProperty("errors", out var e) ? e : default;
        return new HostileAnswer("WebSocket " + type, 101, message.GetRawText(), HostileAnswer.CodesOf(errors)) { Messages = HostileAnswer.MessagesOf(errors) };
    }

    public static async Task<HostileAnswer> AnswerAsync(string transport, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var errors = body.Length > 0 && body[0] == '{' && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var e) ? e : default;
        return new HostileAnswer(transport, (int)response.StatusCode, body, HostileAnswer.CodesOf(errors)) { Messages = HostileAnswer.MessagesOf(errors) };
    }

    /// <summary>The server still answers an ordinary query with data.</summary>
    public static async Task AssertAliveAsync(CptGraphServerFactory server)
    {
        var answer = await PostAsync(server, "{ code(code: \"96375\") { code } }");
        Assert.Equal(200, answer.Status);
        Assert.Contains("\"96375\"", answer.Body);
    }
}
