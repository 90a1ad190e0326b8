using System.Net;
using System.Text;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.GraphQL.Transport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Transport;

[Collection(TransportCollection.Name)]
public sealed class GraphQLHttpMediaTypeTests(CptGraphServerFactory server)
{
    private const string TypenameQuery = "{\"query\":\"{ __typename }\"}";

    private readonly HttpClient client = server.CreateClient();

    [Theory]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("text/html, application/json", "application/json")]
    public async Task Accept_ChoosesTheResponseMediaType(string accept, string expected)
    {
        using var response = await client.SendAsync(Post(TypenameQuery, accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
    }

    [Fact]
    public async Task Accept_OnlyUnsupported_Is406WithHC0063()
    {
        // text/event-stream is GraphQL over SSE now (Live/ServerSentEventsTests); XML is served by nobody.
        using var response = await client.SendAsync(Post(TypenameQuery, accept: "application/xml"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HC0063", await response.FirstErrorCodeAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=klingon")]
    public async Task ContentType_Unsupported_Is415(string? contentType)
    {
        using var response = await client.SendAsync(Post(TypenameQuery, contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("HC0009", await response.FirstErrorCodeAsync());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    public async Task ContentType_Utf8Charset_IsAccepted(string contentType)
    {
        using var response = await client.SendAsync(Post(TypenameQuery, contentType: contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ContentType_Utf16Body_IsTranscoded()
    {
        // Arrange: a non-ASCII alias proves the bytes were decoded, not just tolerated.
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.Unicode.GetBytes("{\"query\":\"{ __typename }\",\"extensions\":{\"note\":\"Ünïcödé\"}}")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-16");

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Response_IsUtf8()
    {
        using var response = await client.SendAsync(Post(TypenameQuery, accept: GraphQLResponse));

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task RequestLargerThanTheLimit_Is413WithHC0010()
    {
        // Arrange: the same server with a 100-byte limit.
        using var limited = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<GraphQLHttpOptions>(options => options.MaxRequestSize = 100)));
        using var limitedClient = limited.CreateClient();
        var padding = new string(' ', 100);

        // Act
        using var small = await limitedClient.SendAsync(Post(TypenameQuery));
        using var large = await limitedClient.SendAsync(Post(TypenameQuery + padding));

        // Assert
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("HC0010", await large.FirstErrorCodeAsync());
    }

    [Fact]
    public void MaxRequestSize_DefaultsToHotChocolates()
    {
        Assert.Equal(20_000_000, new GraphQLHttpOptions().MaxRequestSize);
    }
}
