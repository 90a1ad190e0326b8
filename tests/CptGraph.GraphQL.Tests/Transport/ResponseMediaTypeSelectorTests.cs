using CptGraph.GraphQL.Transport;

namespace CptGraph.GraphQL.Tests.Transport;

public sealed class ResponseMediaTypeSelectorTests
{
    [Theory]
    [InlineData(null, HttpTransportVersion.Legacy, "application/json")]
    [InlineData("*/*", HttpTransportVersion.Legacy, "application/json")]
    [InlineData(null, HttpTransportVersion.Latest, "application/graphql-response+json")]
    [InlineData("*/*", HttpTransportVersion.Latest, "application/graphql-response+json")]
    [InlineData("application/graphql-response+json", HttpTransportVersion.Legacy, "application/graphql-response+json")]
    [InlineData("application/json", HttpTransportVersion.Latest, "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", HttpTransportVersion.Legacy, "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", HttpTransportVersion.Latest, "application/json")]
    [InlineData("text/html, application/json;charset=utf-8", HttpTransportVersion.Latest, "application/json")]
    [InlineData("application/json;q=0, application/graphql-response+json", HttpTransportVersion.Legacy, "application/graphql-response+json")]
    public void Select_PicksTheBestSupportedMediaType(string? accept, HttpTransportVersion version, string expected)
    {
        // Arrange
        var header = accept is null ? null : new[] { accept };

        // Act
        var selected = ResponseMediaTypeSelector.Select(header, version);

        // Assert
        Assert.Equal(expected, selected);
    }

    [Fact]
    public void Select_UnsupportedOnly_Throws406WithHC0063()
    {
        var error = Assert.Throws<GraphQLHttpRequestException>(() =>
            ResponseMediaTypeSelector.Select(["text/event-stream"], HttpTransportVersion.Latest));

        Assert.Equal(406, error.StatusCode);
        Assert.Equal("HC0063", error.Code);
    }

    [Fact]
    public void Select_MalformedHeader_Throws400WithHC0064()
    {
        var error = Assert.Throws<GraphQLHttpRequestException>(() =>
            ResponseMediaTypeSelector.Select(["not a media type;;"], HttpTransportVersion.Latest));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("HC0064", error.Code);
    }
}
