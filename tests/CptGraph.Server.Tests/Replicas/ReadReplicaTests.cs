using System.Diagnostics;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;
using CptGraph.Server.Tests.Limits;
using CptGraph.Server.Tests.Live;

namespace CptGraph.Server.Tests.Replicas;

/// <summary>
/// A server whose <c>ConnectionStrings__CptGraphRead</c> points at a real streaming standby (<c>pg_basebackup -R</c>)
/// serves queries from it: an ingest the CLI commits on the primary shows once the standby has replayed it, and not
/// while the standby's replay is paused (so the answers really come from the standby), while the live event, read on
/// the primary, arrives regardless.
/// </summary>
public sealed class ReadReplicaTests
{
    private static readonly TimeSpan ReplicationWait = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task AnIngestOnThePrimary_IsServedFromTheStandby_OnceReplayed_AndItsEventComesFromThePrimary()
    {
        // Arrange: a seeded database, a standby of it, a server writing to the primary and reading from the standby.
        using var database = TestDatabase.PostgresSeeded();
        using var standby = PostgresStandby.Start();
        await using var server = await ServerProcess.StartAsync(database, new Dictionary<string, string>
        {
            ["ConnectionStrings:CptGraphRead"] = standby.ConnectionString(database.Location),
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var before = await AetnaCountAsync(client);
        var primaryBefore = AetnaRowsOnPrimary(database);
        await OutboxListeners.WaitForAsync(database, 1);
        using var subscriber = NodeClient.Start("ws", server.WebSocketUrl, LiveQueries.AetnaChanged, LiveTestData.LastEventId(database), results: 1);

        // Act 1: the standby stops replaying; the CLI ingests four Aetna rates on the primary.
        standby.PauseReplay(database.Location);
        var ingest = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.AetnaUpdate, .. database.CliArguments]);
        var primaryAfter = AetnaRowsOnPrimary(database);
        var whilePaused = await AetnaCountAsync(client);
        var liveEvent = await subscriber.NextAsync();

        // Act 2: replay resumes; the server serves the new data once the standby has it.
        standby.ResumeReplay(database.Location);
        var afterReplay = await PollAsync(client, count => count == before + 4);

        // Assert
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Equal(38, before);
        Assert.True(primaryAfter > primaryBefore, $"the primary has {primaryAfter} Aetna rows, {primaryBefore} before");
        Assert.Equal(before, whilePaused);
        var change = liveEvent.GetProperty("result").GetProperty("data").GetProperty("rateDistributionChanged");
        Assert.Equal(42, change.GetProperty("distribution").GetProperty("count").GetInt32());
        Assert.Equal("Aetna", change.GetProperty("distribution").GetProperty("payer").GetProperty("name").GetString());
        Assert.Equal(42, afterReplay);
    }

    [Fact]
    public async Task AReadConnectionStringOnSqlite_StopsTheServer_WithAMessageNamingTheSetting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cptgraph-read-{Guid.NewGuid():N}.db");
        try
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => ServerProcess.StartAsync(path, new Dictionary<string, string>
            {
                ["ConnectionStrings__CptGraphRead"] = "Host=127.0.0.1;Database=x",
            }));
            Assert.Contains("ConnectionStrings__CptGraphRead is a PostgreSQL standby's connection string", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static long AetnaRowsOnPrimary(TestDatabase database) =>
        Convert.ToInt64(database.Scalar("""SELECT COUNT(*) FROM "RateObservations" WHERE "PayerId" = (SELECT "Id" FROM "Payers" WHERE "Name" = 'Aetna')"""));

    private static async Task<int> AetnaCountAsync(HttpClient client)
    {
        var answer = await client.PostQueryAsync(LiveQueries.AetnaNow);
        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
        return answer.GetProperty("data").GetProperty("code").GetProperty("rates").EnumerateArray()
            .Single(r => r.GetProperty("payer").GetProperty("name").GetString() == "Aetna").GetProperty("count").GetInt32();
    }

    // Replication is asynchronous: bounded polling, as a client re-reading after an event would.
    private static async Task<int> PollAsync(HttpClient client, Func<int, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var count = await AetnaCountAsync(client);
        while (!done(count) && clock.Elapsed < ReplicationWait)
        {
            await Task.Delay(200);
            count = await AetnaCountAsync(client);
        }

        return count;
    }
}
