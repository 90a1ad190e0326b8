using System.Text.Json.Nodes;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Tests;
using CptGraph.Server.Tests.Rates;
using static CptGraph.Server.Tests.Rates.TicRateFile;

namespace CptGraph.Server.Tests.Cli;

/// <summary>How the CLI decides a file's payer, and what it does when that decision or the payer catalog changes; each case runs the real CLI process.</summary>
public sealed class PayerCommandTests : IDisposable
{
    private static readonly string CmsMedicareExample = Path.Combine(RepositoryPaths.TicExamples, "v2.2.0", "in-network-rates", "in-network-rates-fee-for-service-single-plan-sample.json");

    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task CmsExampleReportingEntityMedicare_IsTheMedicarePayer_NotANewCommercialOne()
    {
        // Arrange: the CMS example's reporting_entity_name is "medicare"; the catalog names the payer "Medicare".
        await RatesDatabase.ImportPayersAsync(_directory);

        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", CmsMedicareExample, "--db", _directory.Database);

        // Assert: no warning about a new payer, and payer(name: "Medicare") is still the MEDICARE payer, the only one by that name.
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("matches no payer alias", run.Output);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""{ payer(name: "Medicare") { name kind } payers(first: 50) { nodes { name kind } } }""");
        var data = response.RootElement.GetProperty("data");
        Assert.Equal("Medicare:MEDICARE", $"{data.GetProperty("payer").GetProperty("name").GetString()}:{data.GetProperty("payer").GetProperty("kind").GetString()}");
        Assert.Single(data.GetProperty("payers").GetProperty("nodes").EnumerateArray(),
            p => string.Equals(p.GetProperty("name").GetString(), "medicare", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task IdenticalFileWithAnotherPayer_IsSkippedSayingWhy_AndForceIngestsIt()
    {
        // Arrange: one file stored as Aetna, and a byte-identical copy under another name.
        await RatesDatabase.ImportPayersAsync(_directory);
        var content = Json("Guard Health", "2026-09-01", [new("96375", "33-0000001", 20m), new("96375", "33-0000002", 40m)]);
        var file = _directory.Write("guard.json", content);
        var copy = _directory.Write("guard-copy.json", content);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", file, "--payer", "Aetna", "--db", _directory.Database)).ExitCode);

        // Act
        using var sameFile = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", file, "--payer", "Cigna", "--db", _directory.Database);
        using var sameContent = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", copy, "--payer", "Cigna", "--db", _directory.Database);
        using var forced = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", copy, "--payer", "Cigna", "--force", "--db", _directory.Database);

        // Assert
        Assert.Equal(0, sameFile.ExitCode);
        Assert.Equal($"skipped {file}: same source, size and modification time (or ETag) was already ingested by run 1 as payer 'Aetna' (not 'Cigna'); --force ingests it again",
            sameFile.Output.Trim());
        Assert.Equal(0, sameContent.ExitCode);
        Assert.Matches($"^skipped {System.Text.RegularExpressions.Regex.Escape(copy)}: identical content \\(SHA-256 [0-9a-f]{{64}}\\) was already ingested by run 1 " +
            "as payer 'Aetna' \\(this run resolved 'Cigna'\\); --force ingests it again$", sameContent.Output.Trim());
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.StartsWith($"ingested {copy}: run 4,", forced.Output);
        Assert.Contains("kept 2, duplicate 0", forced.Output);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""{ code(code: "96375") { rates { payer { name } count mean } } }""");
        Assert.Equal(["Aetna:2:30", "Cigna:2:30"], response.RootElement.GetProperty("data").GetProperty("code").GetProperty("rates").EnumerateArray()
            .Select(r => $"{r.GetProperty("payer").GetProperty("name").GetString()}:{r.GetProperty("count").GetInt32()}:{r.GetProperty("mean").GetDecimal()}"));
    }

    [Fact]
    public async Task PayerCatalogAfterData_RecomputesWhatItsChangeAffects()
    {
        // Arrange: Aetna (BUCA) pays 20 and 40 for 96375; Guard Health, unknown to the catalog, so non-BUCA, pays 100 and 200.
        await RatesDatabase.ImportPayersAsync(_directory);
        await RatesDatabase.IngestAsync(_directory, "aetna.json", Json("Aetna Life Insurance Company", "2026-09-01", [new("96375", "11-0000001", 20m), new("96375", "11-0000002", 40m)]));
        var guard = await RatesDatabase.IngestAsync(_directory, "guard.json", Json("Guard Health", "2026-09-01", [new("96375", "33-0000001", 100m), new("96375", "33-0000002", 200m)]));
        Assert.Contains("created it as its own COMMERCIAL, non-BUCA payer", guard.Output);
        var catalog = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json")))!;
        catalog["payers"]!.AsArray().Add(new JsonObject { ["name"] = "Guard Health", ["kind"] = "COMMERCIAL", ["isBuca"] = true, ["aliases"] = new JsonArray() });
        var changed = _directory.Write("payers-with-guard.json", catalog.ToJsonString());

        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, "import", "payers", changed, "--db", _directory.Database);
        using var again = await CliProcess.RunInAsync(_directory.Path, "import", "payers", changed, "--db", _directory.Database);

        // Assert: the aggregate, Aetna's 20 and 40 alone before, now pools Guard Health too: (20 + 40 + 100 + 200) / 4 = 90;
        // the same catalog again changes nothing. (The server is started last: it deletes the database it served.)
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.EndsWith("; Guard Health changed kind or BUCA membership: recomputed 1 codes' distributions (run 3)", run.Output.Trim());
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.DoesNotContain("recomputed", again.Output);
        Assert.Equal("4:90", await AggregateAsync());
    }

    public void Dispose() => _directory.Dispose();

    private async Task<string> AggregateAsync()
    {
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""{ code(code: "96375") { benchmark { commercialAggregate { count mean } } } }""");
        var aggregate = response.RootElement.GetProperty("data").GetProperty("code").GetProperty("benchmark").GetProperty("commercialAggregate");
        return $"{aggregate.GetProperty("count").GetInt32()}:{aggregate.GetProperty("mean").GetDecimal()}";
    }
}
