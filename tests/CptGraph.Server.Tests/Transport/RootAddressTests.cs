using System.Net;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CptGraph.Server.Tests.Transport;

[Collection(TransportCollection.Name)]
public sealed class RootAddressTests(CptGraphServerFactory server)
{
    [Fact]
    public async Task GetRoot_RedirectsToTheGraphQLEndpoint()
    {
        // Arrange
        using var client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        using var response = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.OriginalString);
    }
}
