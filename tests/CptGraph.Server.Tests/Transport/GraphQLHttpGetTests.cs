using System.Net;
using CptGraph.Server.Tests.Infrastructure;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Transport;

[Collection(TransportCollection.Name)]
public sealed class GraphQLHttpGetTests(CptGraphServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Get_Query_ReturnsData()
    {
        using var response = await client.SendAsync(Get("query=" + Uri.EscapeDataString("{ __typename }"), accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_JsonVariablesAndOperationName_AreUsed()
    {
        // Arrange
        var query = Uri.EscapeDataString("query A($skip: Boolean!) { t: __typename @skip(if: $skip) } query B { __typename }");
        var variables = Uri.EscapeDataString("{\"skip\":false}");

        // Act
        using var response = await client.SendAsync(Get($"query={query}&operationName=A&variables={variables}"));

        // Assert
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("t").GetString());
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("subscription { __typename }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    public async Task Get_NonQueryOperation_Is405AllowingPost(string document, string? operationName)
    {
        // Arrange: the schema may have no Mutation type; the transport refuses before validation either way.
        var queryString = "query=" + Uri.EscapeDataString(document) + (operationName is null ? "" : "&operationName=" + operationName);

        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            // Act
            using var response = await client.SendAsync(Get(queryString, accept));

            // Assert
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(new[] { "POST" }, response.Content.Headers.Allow);
            Assert.Equal("OPERATION_KIND_NOT_ALLOWED", await response.FirstErrorCodeAsync());
        }
    }

    [Fact]
    public async Task Get_QueryBesideAMutation_StillRuns()
    {
        var document = Uri.EscapeDataString("query Q { __typename } mutation M { __typename }");

        using var response = await client.SendAsync(Get($"query={document}&operationName=Q", GraphQLResponse));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "HC0013")]
    [InlineData("query=%7B%20__typename%20%7D&variables=%5B%5D", "HC0009")]
    [InlineData("query=%7B%20__typename%20%7D&variables=nope", "HC0009")]
    [InlineData("query=%7B%20__typename%20%7D&extensions=1", "HC0009")]
    public async Task Get_MalformedRequest_Is400(string queryString, string code)
    {
        using var response = await client.SendAsync(Get(queryString, GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Get_SyntaxError_Is400WithHC0011()
    {
        using var response = await client.SendAsync(Get("query=%7B", GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HC0011", await response.FirstErrorCodeAsync());
    }

    [Fact]
    public async Task Get_Sdl_ReturnsThePrintedSchemaWithETag()
    {
        // Act
        using var response = await client.GetAsync("/graphql?sdl");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        Assert.NotNull(response.Headers.ETag);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query", sdl);
        Assert.Contains("payers", sdl);
    }

    [Fact]
    public async Task Get_SdlWithMatchingETag_Is304()
    {
        // Arrange
        using var first = await client.GetAsync("/graphql?sdl");
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        using var second = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }
}
