using System.Net.WebSockets;
using System.Text;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Live;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>
/// Issue 15 rows 5 and 8: every request that fails to parse gets a coded error with a body (400 over HTTP, an
/// <c>error</c> message over WebSocket), never an empty 500 or silence.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class RequestParsingTests(CptGraphServerFactory server)
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        // name, body (\xFF marks an invalid UTF-8 byte), expected code
        { "invalid UTF-8 in a string", "{\"query\":\"{ code(code: \\\"9637\xFF\\\") { code } }\"}", "HC0009" },
        { "duplicate variables key", "{\"query\":\"query($c: String!) { code(code: $c) { code } }\",\"variables\":{\"c\":\"96375\",\"c\":\"96376\"}}", "HC0009" },
        { "duplicate top-level key", "{\"query\":\"{ __typename }\",\"query\":\"{ codes { code } }\"}", "HC0009" },
        { "variables 100 deep", "{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + new string('[', 100) + new string(']', 100) + "}}", "HC0009" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBody_Is400WithACode(string name, string body, string code)
    {
        using var client = server.CreateClient();
        var bytes = Encoding.Latin1.GetBytes(body.Replace("\xFF", "\u00FF"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        using var response = await client.SendAsync(request);
        var answer = await HostileTransports.AnswerAsync("POST", response);

        Assert.True(answer.Status == 400, $"{name}: {answer}");
        Assert.Equal([code], answer.Codes);
        await HostileTransports.AssertAliveAsync(server);
    }

    public static TheoryData<string, string> BodiesAndWhatIsWrong => new()
    {
        // body, what the error message says (the body is read in one pass of the JSON reader: RequestBodyScanner)
        { "{\"query\":\"{ __typename }\",\"variables\":{\"f\":[1,{\"c\":1,\"c\":2}]}}", "the key at $.variables.f[1].c twice" },
        { "{\"extra\":{\"a\":{\"b\":1,\"b\":1}},\"query\":\"{ __typename }\"}", "the key at $.extra.a.b twice" },
        { "{\"query\":5,\"query\":\"{ __typename }\"}", "the key at $.query twice" },
        { "{\"query\":5}", "The parameter 'query' must be a string." },
        { "{\"query\":\"{ __typename }\",\"variables\":[1]}", "The parameter 'variables' must be a JSON object." },
        { "[{\"query\":\"{ __typename }\"}]", "must be a JSON object; batching is not supported" },
        { "{\"query\":\"{ __typename }\"} {}", "not valid JSON" },
        { "{\"query\":\"{ __typename }\",\"variables\":{\"a\":1,\"a\":2", "not valid JSON" },
        { "   ", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BodiesAndWhatIsWrong))]
    public async Task BadBody_SaysWhatIsWrongAndWhere(string body, string expected)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.SendAsync(request);
        var answer = await HostileTransports.AnswerAsync("POST", response);

        Assert.True(answer.Status == 400, answer.ToString());
        Assert.Equal(["HC0009"], answer.Codes);
        Assert.Contains(answer.Messages, message => message?.Contains(expected, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task VariablesReadInOnePass_ReachTheResolverUnchanged()
    {
        using var client = server.CreateClient();
        const string body = "{\"query\":\"query($c: String!) { code(code: $c) { code } }\",\"variables\":{\"c\":\"96375\",\"unused\":{\"n\":[1.5,true,null]}},\"operationName\":null}";
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = await HostileTransports.AnswerAsync("POST", response);

        Assert.Equal(200, answer.Status);
        Assert.Contains("\"code\":{\"code\":\"96375\"}", answer.Body);
    }

    [Fact]
    public async Task Utf7Charset_Is415WithACode()
    {
        using var client = server.CreateClient();

        using var response = await client.SendAsync(Post("{\"query\":\"{ __typename }\"}", "application/json; charset=utf-7"));
        var answer = await HostileTransports.AnswerAsync("POST", response);

        Assert.Equal(415, answer.Status);
        Assert.Equal(["HC0009"], answer.Codes);
        Assert.Contains("utf-7", answer.Body);
    }

    [Fact]
    public async Task Utf8BomBeforeTheBody_IsAccepted()
    {
        using var client = server.CreateClient();
        var body = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"query\":\"{ code(code: \\\"96375\\\") { code } }\"}")).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        using var response = await client.SendAsync(request);
        var answer = await HostileTransports.AnswerAsync("POST", response);

        Assert.Equal(200, answer.Status);
        Assert.Contains("\"96375\"", answer.Body);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(200)]
    public async Task DeeplyNestedDocument_IsMaxExecutionDepthOnEveryTransport(int levels)
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("a { ", levels)) + "b" + new string('}', levels + 1);

        var answers = await HostileTransports.SendEverywhereAsync(server, query);

        Assert.Equal(3, answers.Count);
        Assert.All(answers, answer =>
        {
            Assert.True(answer.Status < 500 && answer.Body.Length > 0, answer.ToString());
            Assert.Equal("MAX_EXECUTION_DEPTH", answer.Codes.FirstOrDefault());
        });
    }

    [Fact]
    public async Task FirstGivenAString_SaysWhichArgumentAndWhatItTakes()
    {
        var answers = await HostileTransports.SendEverywhereAsync(server, "{ codes(first: \"abc\") { nodes { code } } }");

        Assert.All(answers, answer =>
        {
            Assert.True(answer.Status < 500, answer.ToString());
            Assert.Contains("Argument 'first' has invalid value. Expected type 'Int', found \"abc\".", answer.Messages);
        });
    }

    [Fact]
    public async Task FirstGivenAStringVariable_SaysWhichVariableAndWhatItTakes()
    {
        // The cost walk used to convert "abc" to a number itself and fail with a bare FORMAT error.
        var answer = await HostileTransports.PostAsync(server, "query($n: Int) { codes(first: $n) { nodes { code } } }", new { n = "abc" });

        Assert.True(answer.Status < 500, answer.ToString());
        Assert.Equal(["INVALID_VALUE"], answer.Codes);
        Assert.Equal(["Variable '$n' is invalid. Unable to convert 'abc' to 'Int'"], answer.Messages);
    }

    [Fact]
    public async Task WebSocket_DuplicateVariableKeys_GetAnErrorMessage()
    {
        await using var socket = await GraphQLWsTestClient.ConnectAndInitAsync(server.Server);

        await socket.SendTextAsync("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"query($c: String!) { code(code: $c) { code } }\",\"variables\":{\"c\":\"1\",\"c\":\"2\"}}}");
        var message = await socket.ReceiveAsync();

        Assert.Equal("error", message.GetProperty("type").GetString());
        Assert.Equal("1", message.GetProperty("id").GetString());
        Assert.Equal("HC0009", message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebSocket_InvalidUtf8_ClosesWithBadRequest()
    {
        await using var socket = await GraphQLWsTestClient.ConnectAndInitAsync(server.Server);

        await socket.SendBytesAsync([.. Encoding.UTF8.GetBytes("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ x(a: \\\""), 0xFF, .. Encoding.UTF8.GetBytes("\\\") }\"}}")]);
        var (code, reason) = await socket.ReceiveCloseAsync();

        Assert.Equal(4400, code);
        Assert.Contains("UTF-8", reason);
    }
}
