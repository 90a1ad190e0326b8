using CptGraph.GraphQL.Live;

namespace CptGraph.GraphQL.Tests.Live;

public sealed class LiveEventLookupsTests
{
    [Fact]
    public async Task HundredSubscribersOfOneEvent_ShareOneLoad()
    {
        // Arrange: a load that waits until every caller has asked.
        var lookups = new LiveEventLookups();
        var loads = 0;
        var release = new TaskCompletionSource();
        async Task<string> Load(CancellationToken _)
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return "run 7";
        }

        // Act
        var waits = Enumerable.Range(0, 100).Select(_ => lookups.GetAsync(42, "ingestRun", Load, CancellationToken.None)).ToList();
        release.SetResult();
        var results = await Task.WhenAll(waits);

        // Assert
        Assert.Equal(1, loads);
        Assert.All(results, r => Assert.Equal("run 7", r));
    }

    [Fact]
    public async Task OtherEventOrPurpose_LoadsAgain_AndAFailureIsNotKept()
    {
        var lookups = new LiveEventLookups();
        var loads = 0;
        Task<int> Count(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref loads));
        Assert.Equal(1, await lookups.GetAsync(1, "a", Count, CancellationToken.None));
        Assert.Equal(1, await lookups.GetAsync(1, "a", Count, CancellationToken.None));
        Assert.Equal(2, await lookups.GetAsync(1, "b", Count, CancellationToken.None));
        Assert.Equal(3, await lookups.GetAsync(2, "a", Count, CancellationToken.None));

        var attempts = 0;
        Task<int> FailOnce(CancellationToken _) => ++attempts == 1 ? throw new InvalidOperationException("locked") : Task.FromResult(attempts);
        await Assert.ThrowsAsync<InvalidOperationException>(() => lookups.GetAsync(3, "a", FailOnce, CancellationToken.None));
        Assert.Equal(2, await lookups.GetAsync(3, "a", FailOnce, CancellationToken.None));
    }

    [Fact]
    public async Task OneSubscriberCancelling_DoesNotCancelTheOthersLoad()
    {
        var lookups = new LiveEventLookups();
        var release = new TaskCompletionSource();
        async Task<string> Load(CancellationToken token)
        {
            await release.Task;
            token.ThrowIfCancellationRequested();
            return "benchmarks";
        }

        using var leaving = new CancellationTokenSource();
        var leaver = lookups.GetAsync(5, "benchmarks", Load, leaving.Token);
        var stayer = lookups.GetAsync(5, "benchmarks", Load, CancellationToken.None);
        await leaving.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaver);
        Assert.Equal("benchmarks", await stayer);
    }
}
