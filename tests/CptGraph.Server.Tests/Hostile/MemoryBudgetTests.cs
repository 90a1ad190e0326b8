using CptGraph.GraphQL.DocumentCache;
using CptGraph.GraphQL.PersistedOperations;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.PersistedOperations;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>
/// Issue 15 row 4: thousands of distinct large documents through automatic persisted queries used to pile up (3.5 GB);
/// the persisted-operation store and the document cache are bounded in bytes, and the oldest documents make way.
/// </summary>
public sealed class MemoryBudgetTests : IAsyncLifetime
{
    private const long StoreBudget = 2_000_000;
    private const long CacheBudget = 4_000_000;

    private readonly CptGraphServerFactory server = new();

    public Task InitializeAsync()
    {
        server.Settings["GraphQL:PersistedOperations:MaxInMemoryBytes"] = StoreBudget.ToString();
        server.Settings["GraphQL:DocumentCache:MaxBytes"] = CacheBudget.ToString();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task DistinctLargeApqDocuments_StayWithinTheByteBudgets()
    {
        // Arrange: 80 distinct documents of ~50,000 characters (a comment pads each): 8 MB of UTF-16 text, 4 times the store budget.
        using var client = server.CreateClient();
        var padding = "#" + new string('x', 50_000) + "\n";
        var first = "";

        // Act
        for (var i = 0; i < 80; i++)
        {
            var query = padding + $"{{ code(code: \"96375\") {{ code }} n{i}: __typename }}";
            first = i == 0 ? query : first;
            var answer = await client.PostAsync(new { query, extensions = PersistedRequests.Apq(PersistedRequests.Sha256(query)) });
            Assert.Equal("96375", answer.CodeValue());
        }

        // Compaction runs in the background after an over-budget insert; give it a moment.
        var store = server.Services.GetRequiredService<PersistedOperationStore>();
        var cache = server.Services.GetRequiredService<ParsedDocumentCache>();
        for (var wait = 0; wait < 50 && (store.CurrentBytes > StoreBudget || cache.CurrentBytes > CacheBudget); wait++)
        {
            await Task.Delay(100);
        }

        var firstAgain = await client.PostAsync(new { extensions = PersistedRequests.Apq(PersistedRequests.Sha256(first)) });

        // Assert: each within its budget, and the oldest document made way (the client resends it on HC0020).
        Assert.InRange(store.CurrentBytes, 1, StoreBudget);
        Assert.InRange(cache.CurrentBytes, 1, CacheBudget);
        Assert.Equal("HC0020", firstAgain.FirstCode());
    }
}
