using System.Text.Json;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Nginx;
using CptGraph.Server.Tests.Live;
using CptGraph.Server.Tests.PersistedOperations;
using Xunit.Abstractions;
using static CptGraph.Server.Tests.PersistedOperations.PersistedRequests;

namespace CptGraph.Server.Tests.Replicas;

/// <summary>
/// Two real server processes on one PostgreSQL behind a real nginx: queries are spread over both, CI's
/// GraphQL-over-HTTP audit passes through it, an automatic persisted query registered through the balancer runs
/// whichever replica answers, and an ingest by the CLI reaches the stock graphql-ws and graphql-sse clients connected
/// through nginx and directly to each replica.
/// </summary>
public sealed class ReplicasBehindNginxTests(ITestOutputHelper output)
{
    [NginxFact]
    public async Task TwoReplicasBehindNginx_PassTheAudit_SharePersistedOperations_AndEverySubscriberSeesTheIngest()
    {
        // Arrange: replicas A and B, both listening for the outbox; nginx in front of them.
        using var database = TestDatabase.PostgresSeeded();
        await using var replicaA = await ServerProcess.StartAsync(database);
        await using var replicaB = await ServerProcess.StartAsync(database);
        await OutboxListeners.WaitForAsync(database, 2);
        await using var nginx = await NginxProcess.StartAsync([replicaA.BaseAddress, replicaB.BaseAddress]);
        using var client = new HttpClient { BaseAddress = nginx.BaseAddress };
        var replicas = new[] { replicaA.BaseAddress.Authority, replicaB.BaseAddress.Authority }.Order().ToList();

        // Act 1: four queries through nginx, CI's graphql-http audit, then an automatic persisted query registered once
        // and sent by hash twice.
        var answeredBy = new List<string>();
        var codes = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SendAsync(Transport.TransportRequests.PostJson(new { query = """{ code(code: "96375") { code } }""" }));
            answeredBy.Add(string.Join(',', response.Headers.GetValues(NginxConfig.UpstreamHeader)));
            codes.Add((await Transport.TransportRequests.JsonAsync(response)).CodeValue());
        }

        var audit = await GraphQLHttpAudit.RunAsync(nginx.GraphQL);
        output.WriteLine($"audit through nginx: {audit.Passed} passed, {audit.Failed} failed");
        var query = UniqueQuery();
        var registered = await client.PostAsync(new { query, extensions = Apq(Sha256(query)) });
        var byHash = new[] { await client.PostAsync(new { extensions = Apq(Sha256(query)) }), await client.PostAsync(new { extensions = Apq(Sha256(query)) }) };

        // Act 2: subscribers to ingestRunFinished, two over WebSocket and one over SSE through nginx, one directly on each replica.
        var seen = LiveTestData.LastEventId(database);
        var subscribers = new Dictionary<string, NodeClient>
        {
            ["ws via nginx 1"] = NodeClient.Start("ws", nginx.WebSocketUrl, LiveQueries.RunFinished, seen),
            ["ws via nginx 2"] = NodeClient.Start("ws", nginx.WebSocketUrl, LiveQueries.RunFinished, seen),
            ["sse via nginx"] = NodeClient.Start("sse", nginx.GraphQL.ToString(), LiveQueries.RunFinished, seen),
            ["ws on A"] = NodeClient.Start("ws", replicaA.WebSocketUrl, LiveQueries.RunFinished, seen),
            ["ws on B"] = NodeClient.Start("ws", replicaB.WebSocketUrl, LiveQueries.RunFinished, seen),
        };
        try
        {
            var ingest = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.AetnaUpdate, .. database.CliArguments]);
            var finished = new Dictionary<string, JsonElement>();
            foreach (var (name, subscriber) in subscribers)
            {
                try
                {
                    finished[name] = await subscriber.NextAsync();
                }
                catch (TimeoutException e)
                {
                    Assert.Fail($"{name}: {e.Message}\naccess log:\n{string.Join('\n', nginx.AccessLog)}");
                }
            }

            // The subscriptions through nginx are logged when they close (the clients exit after one result): two
            // WebSocket upgrades and one Server-Sent Events POST, three requests in a row, so round robin gave both
            // replicas at least one. (Which of the three a replica got depends on which client connected first.)
            var upgrades = await nginx.WaitForAccessLogAsync(line => line.StartsWith("GET /graphql 101 ", StringComparison.Ordinal), 2);
            var streams = await nginx.WaitForAccessLogAsync(line => line.StartsWith("POST /graphql ", StringComparison.Ordinal) && line.EndsWith("| text/event-stream", StringComparison.Ordinal), 1);
            var accessLog = string.Join('\n', nginx.AccessLog);

            // Assert: round robin reached both replicas, and every answer is the one a replica gives directly.
            Assert.True(ingest.ExitCode == 0, ingest.Error);
            Assert.All(codes, code => Assert.Equal("96375", code));
            Assert.True(replicas.SequenceEqual(answeredBy.Distinct().Order()), $"the probe queries were answered by {string.Join("; ", answeredBy)}:\n{accessLog}");
            Assert.True(audit.Failed == 0 && audit.Passed > 0, audit.Output);
            Assert.Equal("96375", registered.CodeValue());
            Assert.All(byHash, answer => Assert.Equal("96375", answer.CodeValue()));
            Assert.True(replicas.SequenceEqual(upgrades.Concat(streams).Select(Upstream).Distinct().Order()), $"the subscriptions through nginx did not reach both replicas:\n{accessLog}");

            // The run the CLI just committed, announced once to each subscriber wherever it is connected.
            var runId = Convert.ToInt32(database.Scalar("""SELECT MAX("Id") FROM "IngestRuns" """));
            foreach (var (name, line) in finished)
            {
                Assert.True(line.GetProperty("event").GetString() == "next", $"{name}: {line}");
                var run = line.GetProperty("result").GetProperty("data").GetProperty("ingestRunFinished");
                Assert.Equal(runId, run.GetProperty("runId").GetInt32());
                Assert.Equal("Aetna Life Insurance Company", run.GetProperty("reportingEntityName").GetString());
                Assert.Equal(4, run.GetProperty("counts").GetProperty("kept").GetInt64());
            }
        }
        finally
        {
            foreach (var subscriber in subscribers.Values)
            {
                subscriber.Dispose();
            }
        }
    }

    // "METHOD URI STATUS UPSTREAM | ACCEPT" (NginxProcess.AccessLog); UPSTREAM is "A, B" when A failed first.
    private static string Upstream(string line) => line.Split(" | ")[0].Split(' ', 4)[3];
}
