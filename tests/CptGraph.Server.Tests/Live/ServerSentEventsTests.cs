using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Live;

/// <summary>GraphQL over SSE (graphql-sse distinct connections) read as a raw event stream.</summary>
public sealed class ServerSentEventsTests : IAsyncLifetime
{
    private readonly CptGraphServerFactory _server = new();

    public Task InitializeAsync()
    {
        _server.Settings["Live:ApiKeys:0"] = "sse-key";
        _ = _server.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ASubscription_StreamsNextEventsWithIds_ResumingAfterLastEventId()
    {
        // Arrange
        using var client = _server.CreateClient();
        var seen = LiveTestData.LastEventId(_server.DatabasePath);
        using var request = Request(LiveQueries.AetnaChanged);
        request.Headers.Add("Last-Event-ID", seen.ToString());

        // Act
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await LiveTestData.IngestAsync(_server.DatabasePath, LiveTestData.AetnaUpdate);
        var stream = new SseReader(await response.Content.ReadAsStreamAsync());
        var next = await stream.ReadAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("next", next.Event);
        Assert.True(long.Parse(next.Id!) > seen);
        using var data = JsonDocument.Parse(next.Data);
        var changed = data.RootElement.GetProperty("data").GetProperty("rateDistributionChanged");
        Assert.Equal(LiveTestData.AetnaMeanBefore, changed.GetProperty("previousMean").GetDecimal());
        Assert.Equal(42, changed.GetProperty("distribution").GetProperty("count").GetInt32());
        Assert.Equal(next.Id, data.RootElement.GetProperty("extensions").GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task AQuery_IsOneNextEvent_ThenComplete()
    {
        using var client = _server.CreateClient();

        using var response = await client.SendAsync(Request("""{ code(code: "96375") { benchmark { gap } } }"""));
        var stream = new SseReader(await response.Content.ReadAsStreamAsync());
        var next = await stream.ReadAsync();
        var complete = await stream.ReadAsync();

        Assert.Equal("next", next.Event);
        Assert.Equal(LiveTestData.GapBefore, JsonDocument.Parse(next.Data).RootElement.GetProperty("data").GetProperty("code").GetProperty("benchmark").GetProperty("gap").GetDecimal());
        Assert.Equal("complete", complete.Event);
    }

    [Fact]
    public async Task AValidationError_IsANextEventWithTheErrors()
    {
        using var client = _server.CreateClient();

        using var response = await client.SendAsync(Request("subscription { noSuchField }"));
        var next = await new SseReader(await response.Content.ReadAsStreamAsync()).ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noSuchField", JsonDocument.Parse(next.Data).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task WithoutTheApiKey_Is401WithACode()
    {
        using var client = _server.CreateClient();
        using var request = Request(LiveQueries.RunFinished, apiKey: null);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ASubscriptionAskingForJson_Is406WithHC0063()
    {
        using var client = _server.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = LiveQueries.RunFinished });

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("HC0063", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static HttpRequestMessage Request(string query, string? apiKey = "sse-key")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("Accept", "text/event-stream");
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return request;
    }
}
