using CptGraph.GraphQL.Live;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Live;

public sealed class SlowSubscriberTests
{
    [Fact]
    public async Task ASubscriberThatStopsReading_IsDropped_WhileAnotherGetsEveryEvent()
    {
        // Arrange: a one-event buffer; an ingest announces at least five events in one commit.
        await using var server = new CptGraphServerFactory();
        server.Settings["Live:SubscriberBuffer"] = "1";
        var source = server.Services.GetRequiredService<ILiveEventSource>();
        var seen = LiveTestData.LastEventId(server.DatabasePath);
        await using var slow = source.ReadAsync(null, CancellationToken.None).GetAsyncEnumerator();
        var slowFirst = slow.MoveNextAsync().AsTask();
        await using var replaying = source.ReadAsync(seen, CancellationToken.None).GetAsyncEnumerator();

        // Act: the slow reader takes one event and then stops reading.
        await LiveTestData.IngestAsync(server.DatabasePath, LiveTestData.AetnaUpdate);
        Assert.True(await slowFirst);
        var last = LiveTestData.LastEventId(server.DatabasePath);
        var received = new List<long>();
        while (received.Count == 0 || received[^1] < last)
        {
            Assert.True(await replaying.MoveNextAsync());
            received.Add(replaying.Current.Id);
        }

        // Assert
        await Assert.ThrowsAsync<LiveBufferOverflowException>(async () =>
        {
            while (await slow.MoveNextAsync())
            {
            }
        });
        Assert.True(last - seen >= 5);
        Assert.Equal(Enumerable.Range(1, (int)(last - seen)).Select(i => seen + i), received);
    }
}
