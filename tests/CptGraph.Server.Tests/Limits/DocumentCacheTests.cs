using CptGraph.GraphQL.DocumentCache;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.Limits;

/// <summary>A repeated document is served parsed and validated from the cache; an invalid one is never kept.</summary>
[Collection(TransportCollection.Name)]
public sealed class DocumentCacheTests(CptGraphServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    private ParsedDocumentCache Cache => server.Services.GetRequiredService<ParsedDocumentCache>();

    [Fact]
    public async Task RepeatedQuery_IsACacheHit_WithTheSameAnswer()
    {
        // Arrange: a document no other test sends.
        var query = $"{{ code(code: \"96375\") {{ code }} u{Guid.NewGuid():N}: __typename }}";
        await client.PostQueryAsync("{ __typename }");
        var (hits, misses) = (Cache.Hits, Cache.Misses);

        // Act
        var first = await client.PostQueryAsync(query);
        var second = await client.PostQueryAsync(query);

        // Assert
        Assert.Equal(misses + 1, Cache.Misses);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal("96375", second.GetProperty("data").GetProperty("code").GetProperty("code").GetString());
    }

    [Fact]
    public async Task InvalidDocument_IsNeverCached()
    {
        var query = $"{{ u{Guid.NewGuid():N}: noSuchField }}";
        var hits = Cache.Hits;

        var first = await client.PostQueryAsync(query);
        var second = await client.PostQueryAsync(query);

        Assert.Equal(hits, Cache.Hits);
        Assert.True(first.TryGetProperty("errors", out _));
        Assert.True(second.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task RepeatedGet_IsACacheHit()
    {
        var query = Uri.EscapeDataString($"{{ u{Guid.NewGuid():N}: __typename }}");
        var hits = Cache.Hits;

        using var first = await client.SendAsync(Get("query=" + query));
        using var second = await client.SendAsync(Get("query=" + query));

        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }
}
