using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Live;

/// <summary>Subscriptions over the raw WebSocket, fed by the CLI ingesting into the server's database.</summary>
/// <remarks>Not sealed: <see cref="LiveSubscriptionPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class LiveSubscriptionTests : IAsyncLifetime
{
    private readonly CptGraphServerFactory _server;

    public LiveSubscriptionTests()
        : this(new CptGraphServerFactory())
    {
    }

    protected LiveSubscriptionTests(CptGraphServerFactory server) => _server = server;

    public Task InitializeAsync()
    {
        _ = _server.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnIngest_AnnouncesTheNewDistribution_AndTheNewBenchmark()
    {
        // Arrange
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server);
        var seen = LiveTestData.LastEventId(_server.Database);
        await client.SubscribeAsync("aetna", LiveQueries.AetnaChanged, extensions: new { lastEventId = seen });
        await client.SubscribeAsync("benchmark", LiveQueries.BenchmarkChanged, extensions: new { lastEventId = seen });

        // Act
        await LiveTestData.IngestAsync(_server.Database, LiveTestData.AetnaUpdate);
        var messages = new[] { await client.ReceiveAsync(), await client.ReceiveAsync() };

        // Assert
        using var now = await _server.QueryAsync(LiveQueries.AetnaNow);
        var code = now.RootElement.GetProperty("data").GetProperty("code");
        var aetnaNow = code.GetProperty("rates").EnumerateArray().Single(r => r.GetProperty("payer").GetProperty("name").GetString() == "Aetna");

        var aetna = Payload(messages, "aetna");
        var changed = aetna.GetProperty("data").GetProperty("rateDistributionChanged");
        Assert.Equal("96375", changed.GetProperty("code").GetString());
        Assert.Equal(LiveTestData.AetnaMeanBefore, changed.GetProperty("previousMean").GetDecimal());
        Assert.Equal(42, changed.GetProperty("distribution").GetProperty("count").GetInt32());
        Assert.Equal(aetnaNow.GetProperty("mean").GetDecimal(), changed.GetProperty("distribution").GetProperty("mean").GetDecimal());
        Assert.True(changed.GetProperty("distribution").GetProperty("mean").GetDecimal() > LiveTestData.AetnaMeanBefore);
        Assert.True(long.Parse(aetna.GetProperty("extensions").GetProperty("eventId").GetString()!) > seen);

        var benchmark = Payload(messages, "benchmark").GetProperty("data").GetProperty("benchmarkChanged");
        Assert.Equal(LiveTestData.GapBefore, benchmark.GetProperty("previousGap").GetDecimal());
        Assert.Equal(code.GetProperty("benchmark").GetProperty("gap").GetDecimal(), benchmark.GetProperty("benchmark").GetProperty("gap").GetDecimal());
        Assert.Equal(156, benchmark.GetProperty("benchmark").GetProperty("commercialAggregate").GetProperty("count").GetInt32());
        Assert.Equal(changed.GetProperty("ingestRunId").GetInt32(), benchmark.GetProperty("ingestRunId").GetInt32());
    }

    [Fact]
    public async Task ARunsProgressAndFinish_AreAnnounced_AndReplayedFromTheLastEventId()
    {
        // Arrange
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server);
        var seen = LiveTestData.LastEventId(_server.Database);
        // From the last event id: a subscription the server registers only after the ingest's commit (a loaded machine)
        // still gets the run's finish, replayed, instead of waiting for an event that has already gone by.
        await client.SubscribeAsync("finished", LiveQueries.RunFinished, extensions: new { lastEventId = seen });

        // Act
        await LiveTestData.IngestAsync(_server.Database, LiveTestData.AetnaUpdate);
        var finished = (await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ingestRunFinished");
        var runId = finished.GetProperty("runId").GetInt32();
        await client.SubscribeAsync("progress", $"subscription {{ ingestRunProgress(runId: {runId}) {{ runId phase kept }} }}", extensions: new { lastEventId = seen });
        var phases = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            phases.Add((await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ingestRunProgress"));
        }

        // Assert
        Assert.Equal("Aetna Life Insurance Company", finished.GetProperty("reportingEntityName").GetString());
        Assert.EndsWith("aetna-96375-update.json", finished.GetProperty("source").GetString());
        Assert.Equal(4, finished.GetProperty("counts").GetProperty("kept").GetInt64());
        Assert.Equal(["STARTED", "RECOMPUTING", "COMMITTED"], phases.Select(p => p.GetProperty("phase").GetString()));
        Assert.Equal([0L, 4L, 4L], phases.Select(p => p.GetProperty("kept").GetInt64()));
        Assert.All(phases, p => Assert.Equal(runId, p.GetProperty("runId").GetInt32()));
    }

    [Fact]
    public async Task ARolledBackIngest_AnnouncesNothing()
    {
        // Arrange
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server);
        var seen = LiveTestData.LastEventId(_server.Database);
        await client.SubscribeAsync("finished", LiveQueries.RunFinished, extensions: new { lastEventId = seen });
        var broken = Path.Combine(Path.GetTempPath(), $"cptgraph-broken-{Guid.NewGuid():N}.json");
        var valid = await File.ReadAllTextAsync(LiveTestData.AetnaUpdate);
        await File.WriteAllTextAsync(broken, valid[..(valid.LastIndexOf("66.5", StringComparison.Ordinal) + 4)]);

        // Act
        var failed = await CliRun.RunAsync(["ingest", "tic", broken, .. _server.Database.CliArguments]);
        File.Delete(broken);
        var afterFailure = LiveTestData.LastEventId(_server.Database);
        await LiveTestData.IngestAsync(_server.Database, LiveTestData.AetnaUpdate);
        var first = (await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ingestRunFinished");

        // Assert
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(seen, afterFailure);
        Assert.EndsWith("aetna-96375-update.json", first.GetProperty("source").GetString());
    }

    [Fact]
    public async Task CompletingASubscription_StopsItsEvents_AndNotTheOthers()
    {
        // Arrange
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(_server.Server);
        var seen = LiveTestData.LastEventId(_server.Database);
        await client.SubscribeAsync("benchmark", LiveQueries.BenchmarkChanged, extensions: new { lastEventId = seen });
        await client.SubscribeAsync("finished", LiveQueries.RunFinished, extensions: new { lastEventId = seen });

        // Act
        await client.SendAsync(new { id = "benchmark", type = "complete" });
        await LiveTestData.IngestAsync(_server.Database, LiveTestData.AetnaUpdate);
        var first = await client.ReceiveAsync();

        // Assert: the benchmark event is older than the finished one, so it would have come first.
        Assert.Equal("finished", first.GetProperty("id").GetString());
        Assert.Equal("next", first.GetProperty("type").GetString());
    }

    private static JsonElement Payload(IEnumerable<JsonElement> messages, string id)
    {
        var message = messages.Single(m => m.GetProperty("id").GetString() == id);
        Assert.Equal("next", message.GetProperty("type").GetString());
        return message.GetProperty("payload");
    }
}
