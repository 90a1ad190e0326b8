using Xunit.Abstractions;
using System.Diagnostics;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>
/// The standing hostile suite: a fixed seed, a case budget and a time budget; every answer has a status below 500 and a
/// body, the server keeps answering, and its memory returns under a bound after a collection. Prints its counts.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileSuiteTests(CptGraphServerFactory server, ITestOutputHelper output)
{
    private const int Seed = 15;
    private const int Cases = 1500;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task GeneratedHostileRequests_NeverGet5xxOrAnEmptyBody()
    {
        using var client = server.CreateClient();
        var generator = new HostileGenerator(Seed);
        var clock = Stopwatch.StartNew();
        var statuses = new Dictionary<int, int>();
        var sent = 0;
        for (; sent < Cases && clock.Elapsed < Budget; sent++)
        {
            var body = generator.Next();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500 && text.Length > 0, $"case {sent} (seed {Seed}): {status} '{text[..Math.Min(300, text.Length)]}'");
        }

        await HostileTransports.AssertAliveAsync(server);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"hostile suite: {sent} cases in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed}), statuses " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")) + $", managed heap after GC {managed / 1_048_576} MB");
        Assert.True(sent >= 200, $"only {sent} cases fitted the time budget");
        Assert.True(managed < 1_000_000_000, $"managed heap {managed} bytes after GC");
    }
}
