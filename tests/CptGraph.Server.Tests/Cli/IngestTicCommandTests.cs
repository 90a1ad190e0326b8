using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Tests;

namespace CptGraph.Server.Tests.Cli;

public sealed class IngestTicCommandTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    private static string PayerCatalog => Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");

    private static IReadOnlyList<string> InNetworkExamples =>
        Directory.GetFiles(RepositoryPaths.TicExamples, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "in-network-rates")
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task EveryCmsInNetworkExample_IsIngestedAndServed()
    {
        // Arrange
        Assert.Equal(0, (await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database)).ExitCode);
        Assert.Equal(11, InNetworkExamples.Count);

        // Act
        var run = await CliRun.RunAsync(["ingest", "tic", .. InNetworkExamples, "--db", _directory.Database]);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(11, run.Output.Split('\n').Count(l => l.StartsWith("ingested ", StringComparison.Ordinal)));
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""
            {
              office: code(code: "99214") { rates { payer { name kind isBuca } count mean } }
              lab: code(code: "80053") { rates { payer { name } count mean } }
              ingestRuns { reportingEntityName schemaVersion counts { kept percentage perDiem nonFfs otherCodeType unresolvedProvider expired } }
            }
            """);
        var data = response.RootElement.GetProperty("data");

        // v2 all-negotiated-types: 99214 negotiated $150 and 80053 derived $45, each for provider group 1's two TINs.
        var office = Assert.Single(data.GetProperty("office").GetProperty("rates").EnumerateArray());
        Assert.Equal("Comprehensive Health Insurance", office.GetProperty("payer").GetProperty("name").GetString());
        Assert.Equal("COMMERCIAL", office.GetProperty("payer").GetProperty("kind").GetString());
        Assert.False(office.GetProperty("payer").GetProperty("isBuca").GetBoolean());
        Assert.Equal(150m, office.GetProperty("mean").GetDecimal());
        Assert.Equal(2, office.GetProperty("count").GetInt32());
        Assert.Equal(45m, Assert.Single(data.GetProperty("lab").GetProperty("rates").EnumerateArray()).GetProperty("mean").GetDecimal());

        var runs = data.GetProperty("ingestRuns").EnumerateArray().ToList();
        Assert.Equal(11, runs.Count);
        var allTypes = Assert.Single(runs, r => r.GetProperty("reportingEntityName").GetString() == "Comprehensive Health Insurance");
        var counts = allTypes.GetProperty("counts");
        Assert.Equal("2.0.0", allTypes.GetProperty("schemaVersion").GetString());
        // Percentages: 97110 at group 1 (2 TINs) + 99285 at group 2 (1 TIN); the RC 0200 per diem is not CPT/HCPCS.
        Assert.Equal(3, counts.GetProperty("percentage").GetInt64());
        Assert.Equal(1, counts.GetProperty("otherCodeType").GetInt64());
        Assert.Equal(0, counts.GetProperty("perDiem").GetInt64());
        Assert.True(runs.Sum(r => r.GetProperty("counts").GetProperty("nonFfs").GetInt64()) > 0);
    }

    [Fact]
    public async Task SameFileTwice_SecondRunChangesNothing()
    {
        var file = InNetworkExamples.First(f => f.EndsWith("in-network-rates-all-negotiated-types-sample.json", StringComparison.Ordinal));
        await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);

        var second = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith($"skipped {file}: same source, size and modification time (or ETag) was already ingested by run 1; --force ingests it again", second.Output);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Theory]
    [InlineData("truncated.json", """{"reporting_entity_name":"Aetna Life Insurance Company","version":"2.0.0","last_updated_on":"2026-01-01","in_network":[{"negotiation_arrangement":"ffs","billing_code_type":"CPT","billing_code":"96375","negotiated_rates":[""", "malformed JSON")]
    [InlineData("wrong-type.json", """{"reporting_entity_name":"Aetna Life Insurance Company","version":"2.0.0","last_updated_on":"2026-01-01","provider_references":[{"provider_group_id":1,"provider_groups":[{"npi":[1],"tin":{"type":"ein","value":"11-1111111"}}]}],"in_network":[{"negotiation_arrangement":"ffs","billing_code_type":"CPT","billing_code":"96375","negotiated_rates":[{"provider_references":[1],"negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":"30.00","billing_class":"professional","expiration_date":"9999-12-31"}]}]}]}""", "negotiated_rate")]
    [InlineData("unknown-version.json", """{"reporting_entity_name":"Aetna Life Insurance Company","version":"3.0.0","last_updated_on":"2026-01-01","in_network":[]}""", "unsupported schema version '3.0.0'")]
    public async Task BadInput_ExitsNonZero_NamesFileAndPlace_AndChangesNothing(string name, string content, string problem)
    {
        // Arrange: a database with content in it, so "unchanged" is a real comparison.
        await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database);
        var good = _directory.Write("good.json", Fixture("Aetna Life Insurance Company", 30m));
        await CliRun.RunAsync("ingest", "tic", good, "--db", _directory.Database);
        var bad = _directory.Write(name, content);
        var before = DatabaseSnapshot.Of(_directory.Database);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", bad, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(bad, run.Error);
        Assert.Contains(problem, run.Error);
        Assert.Matches(@"byte \d+", run.Error);
        Assert.Contains("$", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Fact]
    public async Task EntityNames_MapToPayersByAlias_OverrideAndUnknown()
    {
        // Arrange
        await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database);
        var aetna = _directory.Write("aetna.json", Fixture("Aetna Life Insurance Company", 20m));
        var bcbs = _directory.Write("bcbs.json", Fixture("Blue Cross and Blue Shield of Texas", 30m));
        var acme = _directory.Write("acme.json", Fixture("Acme Regional Health Plan", 40m));
        var overridden = _directory.Write("override.json", Fixture("Acme Regional Health Plan", 50m));

        // Act
        var runs = new[]
        {
            await CliRun.RunAsync("ingest", "tic", aetna, "--db", _directory.Database),
            await CliRun.RunAsync("ingest", "tic", bcbs, "--db", _directory.Database),
            await CliRun.RunAsync("ingest", "tic", acme, "--db", _directory.Database),
            await CliRun.RunAsync("ingest", "tic", overridden, "--payer", "Cigna", "--db", _directory.Database),
        };

        // Assert
        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.Contains("warning: reporting entity 'Acme Regional Health Plan' matches no payer alias", runs[2].Output);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""{ code(code: "96375") { rates { payer { name isBuca } mean } benchmark { commercialAggregate { count mean } } } }""");
        var code = response.RootElement.GetProperty("data").GetProperty("code");
        var rates = code.GetProperty("rates").EnumerateArray()
            .Select(r => $"{r.GetProperty("payer").GetProperty("name").GetString()}:{r.GetProperty("payer").GetProperty("isBuca").GetBoolean()}:{r.GetProperty("mean").GetDecimal()}");
        Assert.Equal(["Acme Regional Health Plan:False:40", "Aetna:True:20", "Blue Cross Blue Shield:True:30", "Cigna:True:50"], rates);
        // The BUCA aggregate pools 20, 30 and 50 — not the non-BUCA 40.
        var aggregate = code.GetProperty("benchmark").GetProperty("commercialAggregate");
        Assert.Equal(3, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(33.3333m, aggregate.GetProperty("mean").GetDecimal());
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>A minimal v2 file: one provider TIN, one professional price for 96375.</summary>
    private static string Fixture(string entity, decimal rate) => JsonSerializer.Serialize(new
    {
        reporting_entity_name = entity,
        reporting_entity_type = "health insurance issuer",
        version = "2.0.0",
        last_updated_on = "2026-09-01",
        provider_references = new[] { new { provider_group_id = 1, network_name = new[] { "Test" }, provider_groups = new[] { new { npi = new[] { 1111111111 }, tin = new { type = "ein", value = "11-1111111", business_name = "Test Group" } } } } },
        in_network = new[]
        {
            new
            {
                negotiation_arrangement = "ffs", name = "test", billing_code_type = "CPT", billing_code_type_version = "2026", billing_code = "96375", description = "test",
                negotiated_rates = new[] { new { provider_references = new[] { 1 }, negotiated_prices = new[] { new { negotiated_type = "negotiated", negotiated_rate = rate, expiration_date = "9999-12-31", service_code = new[] { "11" }, billing_class = "professional", setting = "outpatient" } } } },
            },
        },
    });
}
