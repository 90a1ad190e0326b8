using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

public sealed class IngestTocCommandTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task RemoteToc_ExpandsToItsInNetworkFiles_AndRecordsPlansWithEachRun()
    {
        // Arrange: two reporting structures; the shared file is listed by both, so it carries both plans.
        await using var server = await LoopbackFileServer.StartAsync();
        var shared = server.Add("files/shared.json", TicFixtures.InNetwork("Cigna Health and Life Insurance Company", codes: 3, tins: 2));
        var chip = server.Add("files/chip.json.gz", TicFixtures.Gzip(TicFixtures.InNetwork("Cigna Health and Life Insurance Company", codes: 5, tins: 1)));
        var toc = server.Add("index.json", JsonSerializer.Serialize(new
        {
            reporting_entity_name = "Cigna",
            reporting_entity_type = "health insurance issuer",
            last_updated_on = "2026-09-01",
            version = "2.0.0",
            reporting_structure = new object[]
            {
                new
                {
                    reporting_plans = new[] { new { plan_name = "Open Access Plus", plan_id_type = "hios", issuer_name = "Cigna", plan_id = "1111111111", plan_market_type = "individual" } },
                    in_network_files = new[] { new { description = "shared", location = shared.AbsoluteUri } },
                    allowed_amount_file = new { description = "allowed", location = new Uri(server.BaseAddress, "files/allowed.json").AbsoluteUri },
                },
                new
                {
                    reporting_plans = new[] { new { plan_name = "CHIP", plan_id_type = "ein", issuer_name = "Cigna", plan_id = "22-2222222", plan_market_type = "group" } },
                    in_network_files = new[] { new { description = "chip", location = chip.AbsoluteUri }, new { description = "shared", location = shared.AbsoluteUri } },
                },
            },
        }));

        // Act
        var run = await CliRun.RunAsync("ingest", "toc", toc.AbsoluteUri, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"table of contents {toc.AbsoluteUri}: 2 in-network files", run.Output);
        Assert.Contains($"ingested {shared.AbsoluteUri}: run 1,", run.Output);
        Assert.Contains($"ingested {chip.AbsoluteUri}: run 2,", run.Output);
        Assert.DoesNotContain(server.Requests, r => r.Contains("allowed", StringComparison.Ordinal));
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("{ ingestRuns { source tableOfContents counts { kept duplicate } plans { planName planId planIdType planMarketType issuerName } } }");
        var runs = response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!);
        Assert.Equal(6, runs[shared.AbsoluteUri].GetProperty("counts").GetProperty("kept").GetInt64());
        // The CHIP file repeats three of the shared file's contracts (same payer, code, TIN and rate): they count once.
        Assert.Equal(2, runs[chip.AbsoluteUri].GetProperty("counts").GetProperty("kept").GetInt64());
        Assert.Equal(3, runs[chip.AbsoluteUri].GetProperty("counts").GetProperty("duplicate").GetInt64());
        Assert.All(runs.Values, r => Assert.Equal(toc.AbsoluteUri, r.GetProperty("tableOfContents").GetString()));
        Assert.Equal(
            ["Open Access Plus|1111111111|hios|individual|Cigna", "CHIP|22-2222222|ein|group|Cigna"],
            Plans(runs[shared.AbsoluteUri]));
        Assert.Equal(["CHIP|22-2222222|ein|group|Cigna"], Plans(runs[chip.AbsoluteUri]));
    }

    [Fact]
    public async Task InNetworkFileGivenAsToc_ExitsOne_AndSaysWhatItIs()
    {
        var file = _directory.Write("rates.json", TicFixtures.InNetwork("Cigna", codes: 1, tins: 1));

        var run = await CliRun.RunAsync("ingest", "toc", file, "--db", _directory.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {file}: byte ", run.Error);
        Assert.Contains("this is an in-network-rates file, not a table of contents: use ingest tic", run.Error);
    }

    [Fact]
    public async Task LocalToc_ResolvesRelativeLocationsAgainstItsOwnFolder()
    {
        // Arrange: a mirrored month on disk, the TOC naming its files relative to itself.
        var month = Directory.CreateDirectory(Path.Combine(_directory.Path, "2026-09")).FullName;
        File.WriteAllText(Path.Combine(month, "rates-1.json"), TicFixtures.InNetwork("Cigna Health and Life Insurance Company", codes: 2, tins: 1));
        var toc = Path.Combine(month, "index.json");
        File.WriteAllText(toc, JsonSerializer.Serialize(new
        {
            reporting_entity_name = "Cigna",
            reporting_entity_type = "health insurance issuer",
            version = "1.0.0",
            reporting_structure = new[]
            {
                new
                {
                    reporting_plans = new[] { new { plan_name = "Local PPO", plan_id_type = "ein", plan_id = "33-3333333", plan_market_type = "group" } },
                    in_network_files = new[] { new { description = "rates", location = "rates-1.json" } },
                },
            },
        }));

        // Act
        var run = await CliRun.RunAsync("ingest", "toc", toc, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"ingested {Path.Combine(month, "rates-1.json")}: run 1,", run.Output);
        Assert.Contains("kept 2,", run.Output);
    }

    public void Dispose() => _directory.Dispose();

    private static IEnumerable<string> Plans(JsonElement run) => run.GetProperty("plans").EnumerateArray().Select(p => string.Join('|',
        new[] { "planName", "planId", "planIdType", "planMarketType", "issuerName" }.Select(f => p.GetProperty(f).GetString())));
}
