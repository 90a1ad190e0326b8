using System.Diagnostics;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Live;
using Xunit.Abstractions;

namespace CptGraph.Server.Tests.Soak;

/// <summary>
/// The bounded soak (issue 15): the real server in its own process; mixed queries at a steady rate, 100 graphql-ws
/// subscribers, and an ingest every few seconds by the real CLI in yet another process. Asserts no error anywhere, every
/// subscriber received every run's event, and the server's RSS and open file descriptors did not grow past their bounds.
/// Prints its counts (".ci/run" shows them). Two minutes; <c>CPTGRAPH_SOAK_SECONDS</c> makes it longer.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private const double Megabyte = 1024 * 1024;

    [Fact]
    public async Task QueriesSubscribersAndIngests_RunWithoutErrors_AndWithoutGrowth()
    {
        // Arrange: a seeded server, 100 subscribers resuming from the newest event, a first ingest all of them saw.
        var folder = Directory.CreateTempSubdirectory("cptgraph-soak-");
        try
        {
            var database = Path.Combine(folder.FullName, "soak.db");
            await using var server = await ServerProcess.StartAsync(database);
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var runsBefore = await RunIdsAsync(client);
            var handlesBeforeSubscribers = server.OpenHandles;
            var lastEventId = LiveTestData.LastEventId(database);
            var subscribers = new List<SoakSubscriber>();
            for (var i = 0; i < SoakSettings.Subscribers; i++)
            {
                subscribers.Add(await SoakSubscriber.ConnectAsync(server.GraphQL, i, lastEventId));
            }

            var problems = new List<string>();
            var ingests = new IngestLoop(database, folder.FullName, problems);
            await ingests.RunOneAsync();
            await WaitForEventsAsync(subscribers, ingests.Count);
            for (var i = 0; i < 20; i++)
            {
                Record(problems, await SoakQueries.SendAsync(client, i));
            }

            var baselineResident = server.ResidentBytes;
            var baselineHandles = server.OpenHandles;

            // Act: the soak itself, with a sampler keeping the peak RSS.
            var clock = Stopwatch.StartNew();
            using var over = new CancellationTokenSource(SoakSettings.Duration);
            var peakResident = baselineResident;
            var sampler = Task.Run(async () =>
            {
                while (!over.IsCancellationRequested && !server.HasExited)
                {
                    peakResident = Math.Max(peakResident, server.ResidentBytes);
                    await Task.Delay(1000, CancellationToken.None);
                }
            });
            var queryLoops = Enumerable.Range(0, SoakSettings.QueryClients).Select(n => QueryLoopAsync(client, n, problems, over.Token)).ToList();
            var ingestLoop = ingests.RunUntilAsync(over.Token);
            var queries = (await Task.WhenAll(queryLoops)).Sum() + 20;
            await ingestLoop;
            await sampler;
            var soaked = clock.Elapsed;
            await WaitForEventsAsync(subscribers, ingests.Count);
            var endResident = server.ResidentBytes;
            var endHandles = server.OpenHandles;

            var runsAfter = await RunIdsAsync(client);
            var newRuns = runsAfter.Except(runsBefore).Order().ToList();
            var subscriberProblems = subscribers.SelectMany(s => s.Problems).ToList();
            var complete = subscribers.Count(s => s.RunIds.Order().SequenceEqual(newRuns));
            foreach (var subscriber in subscribers)
            {
                await subscriber.DisposeAsync();
            }

            // Their sockets gone, the server holds what it held at the warm baseline without them (pools may have grown a little).
            var handlesWithoutSubscribers = baselineHandles - SoakSettings.Subscribers + SoakSettings.HandleGrowthBound;
            var handlesAfterSubscribers = await SettledHandlesAsync(server, handlesWithoutSubscribers);

            // Assert
            output.WriteLine($"soak: {soaked.TotalSeconds:F0} s, {queries} queries ({SoakSettings.QueryClients} clients, one per " +
                $"{SoakSettings.QueryPeriod.TotalMilliseconds:F0} ms each), {ingests.Count} ingests by the CLI in another process, " +
                $"{complete}/{subscribers.Count} subscribers received all {newRuns.Count} run events, {problems.Count + subscriberProblems.Count} errors; " +
                $"server RSS {baselineResident / Megabyte:F0} -> {endResident / Megabyte:F0} MB (peak {peakResident / Megabyte:F0}, bound +{SoakSettings.ResidentGrowthBound / Megabyte:F0}), " +
                $"open fds {baselineHandles} -> {endHandles} (bound +{SoakSettings.HandleGrowthBound}), {handlesAfterSubscribers} after the subscribers left ({handlesBeforeSubscribers} before they came)");
            Assert.False(server.HasExited, server.Log);
            Assert.True(problems.Count == 0, string.Join('\n', problems.Take(10)));
            Assert.True(subscriberProblems.Count == 0, string.Join('\n', subscriberProblems.Take(10)));
            Assert.Equal(ingests.Count, newRuns.Count);
            Assert.True(ingests.Count >= 2, $"only {ingests.Count} ingests ran");
            Assert.Equal(subscribers.Count, complete);
            Assert.True(endResident - baselineResident <= SoakSettings.ResidentGrowthBound, $"RSS grew by {(endResident - baselineResident) / Megabyte:F0} MB");
            Assert.True(endHandles - baselineHandles <= SoakSettings.HandleGrowthBound, $"open fds grew from {baselineHandles} to {endHandles}");
            Assert.True(handlesAfterSubscribers <= handlesWithoutSubscribers,
                $"{handlesAfterSubscribers} fds after the subscribers left, {baselineHandles} with them at the baseline");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<int> QueryLoopAsync(HttpClient client, int loop, List<string> problems, CancellationToken over)
    {
        using var timer = new PeriodicTimer(SoakSettings.QueryPeriod);
        var sent = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(over))
            {
                Record(problems, await SoakQueries.SendAsync(client, sent * SoakSettings.QueryClients + loop));
                sent++;
            }
        }
        catch (OperationCanceledException) when (over.IsCancellationRequested)
        {
            // The soak's time is up.
        }

        return sent;
    }

    private static async Task WaitForEventsAsync(IReadOnlyList<SoakSubscriber> subscribers, int events)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < SoakSettings.EventPatience && subscribers.Any(s => s.RunIds.Count < events))
        {
            await Task.Delay(200);
        }
    }

    /// <summary>The server closes its sockets a moment after the clients do: the fd count once it is under <paramref name="bound"/>, or after 30 s.</summary>
    private static async Task<int> SettledHandlesAsync(ServerProcess server, int bound)
    {
        var clock = Stopwatch.StartNew();
        var handles = server.OpenHandles;
        while (handles > bound && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(250);
            handles = server.OpenHandles;
        }

        return handles;
    }

    private static async Task<HashSet<int>> RunIdsAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ ingestRuns { runId } }"}""", System.Text.Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray().Select(r => r.GetProperty("runId").GetInt32())];
    }

    private static void Record(List<string> problems, string? problem)
    {
        if (problem is not null)
        {
            lock (problems)
            {
                problems.Add(problem);
            }
        }
    }

    /// <summary>The real CLI, one process per ingest, each time a new file (the Aetna update with its first rate moved by a cent per run).</summary>
    private sealed class IngestLoop(string database, string folder, List<string> problems)
    {
        private static readonly string Template = File.ReadAllText(LiveTestData.AetnaUpdate);

        public int Count { get; private set; }

        public async Task RunOneAsync()
        {
            var file = Path.Combine(folder, $"aetna-soak-{Count}.json");
            var rate = (60.0m + (Count + 1) / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await File.WriteAllTextAsync(file, Template.Replace("\"negotiated_rate\": 60.0,", $"\"negotiated_rate\": {rate},", StringComparison.Ordinal));
            var run = await IngestProcess.RunAsync(database, file);
            Count++;
            Record(problems, run.ExitCode == 0 ? null : $"ingest {Count}: exit {run.ExitCode}: {run.Error}");
        }

        public async Task RunUntilAsync(CancellationToken over)
        {
            while (!over.IsCancellationRequested)
            {
                await RunOneAsync();
                await Task.Delay(SoakSettings.IngestPause, CancellationToken.None);
            }
        }
    }
}
