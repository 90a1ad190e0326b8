using System.Net;
using CptGraph.Server.Tests.Infrastructure;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Transport;

[Collection(TransportCollection.Name)]
public sealed class GraphQLHttpPostTests(CptGraphServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Post_Query_ReturnsDataAsGraphQLResponseJson()
    {
        // Act
        using var response = await client.SendAsync(PostJson(new { query = "{ __typename }" }, accept: GraphQLResponse));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_WithoutAccept_AnswersApplicationJson()
    {
        using var response = await client.SendAsync(PostJson(new { query = "{ __typename }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Post_VariablesOperationNameAndExtensions_AreUsed()
    {
        // Arrange
        var payload = new
        {
            query = "query A($skip: Boolean!) { a: __typename @skip(if: $skip) } query B { b: __typename }",
            operationName = "A",
            variables = new { skip = false },
            extensions = new { any = "thing" },
        };

        // Act
        using var response = await client.SendAsync(PostJson(payload, accept: GraphQLResponse));

        // Assert
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.Equal("Query", data.GetProperty("a").GetString());
        Assert.False(data.TryGetProperty("b", out _));
    }

    [Fact]
    public async Task Post_QueryHelper_ReturnsTheResponseDocument()
    {
        using var document = await server.QueryAsync("query($skip: Boolean!) { __typename @skip(if: $skip) }", new { skip = false });

        Assert.Equal("Query", document.RootElement.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField }")]
    public async Task Post_InvalidDocument_Is400WithoutDataUnderGraphQLResponseJson(string query)
    {
        using var response = await client.SendAsync(PostJson(new { query }, accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField }")]
    public async Task Post_InvalidDocument_Is200UnderApplicationJson(string query)
    {
        using var response = await client.SendAsync(PostJson(new { query }, accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Post_SyntaxError_HasCodeHC0011AndLocation()
    {
        using var response = await client.SendAsync(PostJson(new { query = "{" }, accept: GraphQLResponse));

        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("HC0011", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Post_VariableCoercionFailure_Is400UnderGraphQLResponseJson()
    {
        var payload = new { query = "query($id: ID!) { __typename }", variables = new { id = (string?)null } };

        using var response = await client.SendAsync(PostJson(payload, accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"variables\":{}}", "HC0013")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}", "HC0009")]
    [InlineData("{\"query\":0}", "HC0009")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":false}", "HC0009")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "HC0009")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[\"array\"]}", "HC0009")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":0}", "HC0009")]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "HC0009")]
    [InlineData("{\"query\":", "HC0009")]
    [InlineData("", "HC0009")]
    public async Task Post_MalformedRequest_Is400WithHotChocolateCode(string body, string code)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            using var response = await client.SendAsync(Post(body, accept: accept));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.MediaType());
            Assert.Equal(code, await response.FirstErrorCodeAsync());
        }
    }

    [Fact]
    public async Task Post_Errors_HaveMessageAndCodeOnly()
    {
        using var response = await client.SendAsync(Post("{\"variables\":{}}", accept: GraphQLResponse));

        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("Either the parameter query or the parameter id has to be set.", error.GetProperty("message").GetString());
        Assert.False(error.TryGetProperty("locations", out _));
        Assert.False(error.TryGetProperty("path", out _));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Are405WithAllowHeader(string method)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "GET", "POST" }, response.Content.Headers.Allow.Order());
    }
}
