using System.Text.Json;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;
using CptGraph.Server.Tests.Live;

namespace CptGraph.Server.Tests.Replicas;

/// <summary>
/// Two real server processes on one PostgreSQL database, fed by the CLI in a third: the ingest's NOTIFY wakes every
/// replica (nothing polls on PostgreSQL), and a client whose replica died resumes on the other from its last event id.
/// </summary>
public sealed class LiveAcrossReplicasTests
{
    [PostgresFact]
    public async Task AnIngestByTheCli_ReachesASubscriberOnReplicaB_WhichResumesOnReplicaA_AfterBDies()
    {
        // Arrange: replicas A and B, both listening; a stock graphql-ws client subscribed on B.
        using var database = TestDatabase.PostgresSeeded();
        using var directory = new CliTestDirectory();
        await using var replicaA = await ServerProcess.StartAsync(database);
        await using var replicaB = await ServerProcess.StartAsync(database);
        await OutboxListeners.WaitForAsync(database, 2);
        var seen = LiveTestData.LastEventId(database);
        using var clientOnB = NodeClient.Start("ws", replicaB.WebSocketUrl, LiveQueries.AetnaChanged, seen, results: 1);

        // Act 1: the CLI ingests in its own process; B hears the commit.
        var first = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.AetnaUpdate, .. database.CliArguments]);
        var onB = await clientOnB.NextAsync();

        // Act 2: B dies; a second ingest commits while the client is away; it reconnects to A with the last id it saw.
        replicaB.KillHard();
        var second = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.WriteSecondAetnaUpdate(directory.Path), .. database.CliArguments]);
        var lastSeenOnB = EventId(onB);
        using var clientOnA = NodeClient.Start("ws", replicaA.WebSocketUrl, LiveQueries.AetnaChanged, lastSeenOnB, results: 1);
        var onA = await clientOnA.NextAsync();

        // Assert: B got the first ingest's change (38 seeded rates + 4); A replays the second, and only that one.
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var changeOnB = Change(onB);
        Assert.Equal(LiveTestData.AetnaMeanBefore, changeOnB.GetProperty("previousMean").GetDecimal());
        Assert.Equal(42, changeOnB.GetProperty("distribution").GetProperty("count").GetInt32());

        var changeOnA = Change(onA);
        var meanAfterFirst = changeOnB.GetProperty("distribution").GetProperty("mean").GetDecimal();
        Assert.True(EventId(onA) > lastSeenOnB);
        Assert.NotEqual(changeOnB.GetProperty("ingestRunId").GetInt32(), changeOnA.GetProperty("ingestRunId").GetInt32());
        Assert.Equal(meanAfterFirst, changeOnA.GetProperty("previousMean").GetDecimal());
        Assert.Equal(46, changeOnA.GetProperty("distribution").GetProperty("count").GetInt32());
        // 42 rates averaging meanAfterFirst, plus the same four again: (42 · m + 253) / 46, to the served 4 places.
        var expectedMean = (42 * meanAfterFirst + LiveTestData.AetnaUpdateSum) / 46;
        Assert.InRange(changeOnA.GetProperty("distribution").GetProperty("mean").GetDecimal(), expectedMean - 0.0001m, expectedMean + 0.0001m);
    }

    [PostgresFact]
    public async Task AReplicaWhoseListenerConnectionWasCut_ListensAgain_AndDeliversTheNextCommit()
    {
        // Arrange: one replica, its LISTEN connection killed by the database.
        using var database = TestDatabase.PostgresSeeded();
        await using var replica = await ServerProcess.StartAsync(database);
        await OutboxListeners.WaitForAsync(database, 1);
        OutboxListeners.Terminate(database);
        await replica.WaitForLogAsync("Listening for outbox notifications again");
        await OutboxListeners.WaitForAsync(database, 1);
        var seen = LiveTestData.LastEventId(database);
        using var client = NodeClient.Start("ws", replica.WebSocketUrl, LiveQueries.AetnaChanged, seen, results: 1);

        // Act
        var ingest = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.AetnaUpdate, .. database.CliArguments]);
        var next = await client.NextAsync();

        // Assert
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Equal(42, Change(next).GetProperty("distribution").GetProperty("count").GetInt32());
    }

    // Sent as a string, as graphql-sse's id: field is one.
    private static long EventId(JsonElement line) =>
        long.Parse(line.GetProperty("result").GetProperty("extensions").GetProperty("eventId").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement Change(JsonElement line)
    {
        Assert.True(line.GetProperty("event").GetString() == "next", line.ToString());
        return line.GetProperty("result").GetProperty("data").GetProperty("rateDistributionChanged");
    }
}
