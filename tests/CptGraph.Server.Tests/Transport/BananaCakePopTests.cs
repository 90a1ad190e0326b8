using System.Net;
using System.Text.RegularExpressions;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Transport;

[Collection(TransportCollection.Name)]
public sealed partial class BananaCakePopTests(CptGraphServerFactory server)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task BrowserGet_ServesTheIdeFromLocalAssets()
    {
        // Act
        var html = await GetPageAsync();

        // Assert
        Assert.Contains("<base href=\"/graphql/ide/\"/>", html);
        Assert.Contains("<title>Banana Cake Pop</title>", html);
        var sources = ResourceReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, url => Assert.DoesNotMatch("^(https?:)?//", url));
    }

    [Fact]
    public async Task BrowserGet_SendsAContentSecurityPolicyThatKeepsTheIdeOnThisHost()
    {
        using var response = await SendBrowserGetAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("http", policy);
    }

    [Fact]
    public async Task EveryScriptAndStyleOfThePage_IsServedLocally()
    {
        // Arrange
        var html = await GetPageAsync();
        var sources = ResourceReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        foreach (var source in sources)
        {
            // Act
            using var response = await client.GetAsync("/graphql/ide/" + source.TrimStart('.', '/'));

            // Assert
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{source}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Config_PointsAtGraphQLWithTelemetryDisabled()
    {
        // Act: the IDE fetches bcp-config.json beside the page's path.
        using var response = await client.GetAsync("/graphql/bcp-config.json");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = await response.JsonAsync();
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.TryGetProperty("gaTrackingId", out _));
    }

    [Fact]
    public async Task License_IsServedBesideTheAssets()
    {
        using var response = await client.GetAsync("/graphql/ide/LICENSE");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ChilliCream License 1.0", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BrowserGetWithAQuery_StillExecutesIt()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    private async Task<HttpResponseMessage> SendBrowserGetAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await client.SendAsync(request);
    }

    private async Task<string> GetPageAsync()
    {
        using var response = await SendBrowserGetAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("""<(?:script|link)[^>]*?(?:src|href)="(?<url>[^"]+)""")]
    private static partial Regex ResourceReference();
}
