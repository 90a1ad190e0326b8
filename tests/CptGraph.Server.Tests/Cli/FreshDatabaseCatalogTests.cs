using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

// A new user's first commands on a database nobody seeded: the bundled payer catalog and reference content are
// already there, and the benchmark serves the commercial side without any Medicare data.
public sealed class FreshDatabaseCatalogTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task IngestWithPayerOnANeverSeededDatabase_MapsTheBucaPayer_AndTheBenchmarkServesTheAggregateWithoutMedicare()
    {
        // Arrange: two payers' files for 99213; the entity names are unknown, so only --payer can map them.
        var aetna = _directory.Write("aetna.json", File(("11-0000001", 100m), ("11-0000002", 110m), ("11-0000003", 120m), ("11-0000004", 130m)));
        var cigna = _directory.Write("cigna.json", File(("22-0000001", 80m), ("22-0000002", 100m)));

        // Act
        var first = await CliRun.RunAsync("ingest", "tic", "--payer", "Aetna", aetna, "--db", _directory.Database);
        var second = await CliRun.RunAsync("ingest", "tic", "--payer", "Cigna", cigna, "--db", _directory.Database);

        // Assert: no "not a known payer" warning, on either run.
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("not a known payer", first.Output + first.Error);
        Assert.DoesNotContain("not a known payer", second.Output + second.Error);

        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""
            {
              code(code: "99213") {
                benchmark {
                  medicare { mean }
                  commercialAggregate { count mean p25 median p75 }
                  gap
                  gapPercent
                  payers { payer { name isBuca } spread }
                  widestSpread { payer { name } spread }
                  tightestSpread { payer { name } spread }
                  summary
                }
              }
              content: code(code: "96375") { title }
              payers(first: 50) { nodes { name kind isBuca } }
            }
            """);
        var data = response.RootElement.GetProperty("data");
        var benchmark = data.GetProperty("code").GetProperty("benchmark");

        // The pooled BUCA observations 80, 100, 100, 110, 120, 130 (type-7 percentiles): mean 640 / 6 = 106.6667,
        // P25 at h = 1.25 → 100, median at h = 2.5 → 105, P75 at h = 3.75 → 110 + 0.75 × 10 = 117.5.
        var aggregate = benchmark.GetProperty("commercialAggregate");
        Assert.Equal(6, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(106.6667m, aggregate.GetProperty("mean").GetDecimal());
        Assert.Equal(100m, aggregate.GetProperty("p25").GetDecimal());
        Assert.Equal(105m, aggregate.GetProperty("median").GetDecimal());
        Assert.Equal(117.5m, aggregate.GetProperty("p75").GetDecimal());
        Assert.Equal(JsonValueKind.Null, benchmark.GetProperty("medicare").ValueKind);
        Assert.Equal(JsonValueKind.Null, benchmark.GetProperty("gap").ValueKind);
        Assert.Equal(JsonValueKind.Null, benchmark.GetProperty("gapPercent").ValueKind);

        // Aetna 100..130: P25 107.5, P75 122.5 → spread 15; Cigna 80, 100: P25 85, P75 95 → spread 10.
        Assert.Equal(["Aetna", "Cigna"], benchmark.GetProperty("payers").EnumerateArray().Select(p => p.GetProperty("payer").GetProperty("name").GetString()));
        Assert.All(benchmark.GetProperty("payers").EnumerateArray(), p => Assert.True(p.GetProperty("payer").GetProperty("isBuca").GetBoolean()));
        Assert.Equal("Aetna", benchmark.GetProperty("widestSpread").GetProperty("payer").GetProperty("name").GetString());
        Assert.Equal(15m, benchmark.GetProperty("widestSpread").GetProperty("spread").GetDecimal());
        Assert.Equal("Cigna", benchmark.GetProperty("tightestSpread").GetProperty("payer").GetProperty("name").GetString());
        Assert.Equal(10m, benchmark.GetProperty("tightestSpread").GetProperty("spread").GetDecimal());
        // 6 observations are under the default 11 (docs/domain-rules.md, "Small samples").
        Assert.Equal(
            "No Medicare fee schedule is loaded for CPT 99213, so there is no gap to report; the BUCA commercial aggregate mean is $106.67. " +
            "The sample is thin (the commercial aggregate has 6 observations from 6 TINs).",
            benchmark.GetProperty("summary").GetString());

        // The catalog's other payers and the bundled reference content came with the new database.
        var payers = data.GetProperty("payers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(payers, p => p.GetProperty("name").GetString() == "Medicare" && p.GetProperty("kind").GetString() == "MEDICARE");
        Assert.Equal(4, payers.Count(p => p.GetProperty("isBuca").GetBoolean()));
        Assert.False(string.IsNullOrEmpty(data.GetProperty("content").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task ImportPayersOnANewDatabase_ThenSeed_StillSeedsTheDemoData()
    {
        // Arrange: a command that is not seed creates the database (and its catalog) first.
        var created = await CliRun.RunAsync("import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"), "--db", _directory.Database);

        // Act
        var seed = await CliRun.RunAsync("seed", "--db", _directory.Database);

        // Assert: nothing was ingested yet, so the catalog alone does not make the database "not empty".
        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("seeded the bundled content and demo data", seed.Output);
    }

    public void Dispose() => _directory.Dispose();

    // A v2 file for CPT 99213, one professional negotiated price per TIN, all in provider group 1.
    private static string File(params (string Tin, decimal Rate)[] prices) => JsonSerializer.Serialize(new
    {
        reporting_entity_name = "A Plan Administrator Nobody Aliased",
        reporting_entity_type = "health insurance issuer",
        version = "2.0.0",
        last_updated_on = "2026-09-01",
        provider_references = prices.Select((p, i) => new
        {
            provider_group_id = i + 1,
            provider_groups = new[] { new { npi = new[] { 1111111111 + i }, tin = new { type = "ein", value = p.Tin } } },
        }),
        in_network = new[]
        {
            new
            {
                negotiation_arrangement = "ffs", name = "office visit", billing_code_type = "CPT", billing_code_type_version = "2026", billing_code = "99213", description = "office visit",
                negotiated_rates = prices.Select((p, i) => new
                {
                    provider_references = new[] { i + 1 },
                    negotiated_prices = new[] { new { negotiated_type = "negotiated", negotiated_rate = p.Rate, expiration_date = "9999-12-31", service_code = new[] { "11" }, billing_class = "professional" } },
                }),
            },
        },
    });
}
