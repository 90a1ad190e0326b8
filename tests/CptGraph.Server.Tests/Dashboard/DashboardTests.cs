using System.Net;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Transport;

namespace CptGraph.Server.Tests.Dashboard;

[Collection(TransportCollection.Name)]
public sealed class DashboardTests(CptGraphServerFactory server)
{
    [Fact]
    public async Task TheDashboard_IsServedWithItsPackages_AndMayOnlyTalkToThisServer()
    {
        // Arrange
        using var client = server.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        using var bare = await client.GetAsync("/dashboard");
        using var page = await client.GetAsync("/dashboard/");
        using var chart = await client.GetAsync("/dashboard/vendor/chart.umd.min.js");
        using var graphqlWs = await client.GetAsync("/dashboard/vendor/graphql-ws.min.js");

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/dashboard/", bare.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"vendor/chart.umd.min.js\"></script>", html);
        Assert.DoesNotContain("https://", html);
        Assert.Equal("default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Chart.js v4.6.1", await chart.Content.ReadAsStringAsync());
        Assert.Contains("graphql-transport-ws", await graphqlWs.Content.ReadAsStringAsync());
    }
}
