using System.Text.Json;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;
using static CptGraph.Server.Tests.Rates.TicRateFile;

namespace CptGraph.Server.Tests.Rates;

/// <summary>
/// distinctTins and lowSample over HTTP, on 96375 (professional, 2026-09) with Medicare's 109 localities and:
/// Aetna 12 observations from 2 TINs (A: 30–35, B: 36–41); Cigna 11 from 3 (A: 30–33, C: 40–43, D: 50–52);
/// UnitedHealthcare 10 from 5 (E–I, two rates each, 20–29). The aggregate pools 33 observations from 9 TINs (TIN A is
/// with both Aetna and Cigna, and counts once); its mean is (426 + 445 + 245) / 33 = 33.8182.
/// </summary>
public sealed class LowSampleTests : IDisposable
{
    private const string Query = """
        {
          code(code: "96375") {
            rates { payer { name } count distinctTins lowSample }
            benchmark { commercialAggregate { count distinctTins lowSample mean } medicare { count distinctTins lowSample } summary }
          }
        }
        """;

    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task DistinctTinsAndLowSample_FollowTheDefaultAndTheConfiguredThresholds()
    {
        // Arrange
        await RatesDatabase.ImportPayersAndMedicareAsync(_directory);
        await RatesDatabase.IngestAsync(_directory, "aetna.json", Json("Aetna Life Insurance Company", "2026-09-01",
            Rates("A", 30, 6).Concat(Rates("B", 36, 6))));
        await RatesDatabase.IngestAsync(_directory, "cigna.json", Json("Cigna Health and Life Insurance Company", "2026-09-01",
            Rates("A", 30, 4).Concat(Rates("C", 40, 4)).Concat(Rates("D", 50, 3))));
        await RatesDatabase.IngestAsync(_directory, "uhc.json", Json("UnitedHealthcare Insurance Company", "2026-09-01",
            "EFGHI".SelectMany((tin, i) => Rates(tin.ToString(), 20 + 2 * i, 2))));
        var lenient = CopyOfDatabase("lenient.db");
        var strict = CopyOfDatabase("strict.db");

        // Act
        JsonElement byDefault, byLenient, byStrict;
        await using (var server = new CptGraphServerFactory(_directory.Database))
        {
            byDefault = await QueryAsync(server);
        }

        await using (var server = new CptGraphServerFactory(lenient))
        {
            server.Settings["Benchmarks:LowSample:MinObservations"] = "10";
            server.Settings["Benchmarks:LowSample:MinTins"] = "2";
            byLenient = await QueryAsync(server);
        }

        await using (var server = new CptGraphServerFactory(strict))
        {
            server.Settings["Benchmarks:LowSample:MinTins"] = "10";
            byStrict = await QueryAsync(server);
        }

        // Assert: by default (< 11 observations or < 3 TINs) Aetna is thin by its TINs, UnitedHealthcare by its count.
        Assert.Equal(["Aetna 12 2 True", "Cigna 11 3 False", "UnitedHealthcare 10 5 True", "Medicare 109 null False"], Rates(byDefault));
        var benchmark = byDefault.GetProperty("benchmark");
        Assert.Equal("33 9 False", Sample(benchmark.GetProperty("commercialAggregate")));
        Assert.Equal(33.8182m, benchmark.GetProperty("commercialAggregate").GetProperty("mean").GetDecimal());
        Assert.Equal("109 null False", Sample(benchmark.GetProperty("medicare")));
        Assert.StartsWith("Medicare's national mean rate for CPT 96375 is substantially lower at $16.24 compared with the BUCA commercial aggregate mean of $33.82",
            benchmark.GetProperty("summary").GetString());

        // 10 observations and 2 TINs are enough once configured so.
        Assert.Equal(["Aetna 12 2 False", "Cigna 11 3 False", "UnitedHealthcare 10 5 False", "Medicare 109 null False"], Rates(byLenient));

        // 10 TINs: every commercial distribution and the aggregate's 9 are thin (Medicare, without TINs, is not), so the
        // summary gives the gap (33.8182 − 16.2427 = 17.5755) without calling it substantial.
        Assert.Equal(["Aetna 12 2 True", "Cigna 11 3 True", "UnitedHealthcare 10 5 True", "Medicare 109 null False"], Rates(byStrict));
        var strictBenchmark = byStrict.GetProperty("benchmark");
        Assert.Equal("33 9 True", Sample(strictBenchmark.GetProperty("commercialAggregate")));
        var summary = strictBenchmark.GetProperty("summary").GetString()!;
        Assert.StartsWith("Medicare's national mean rate for CPT 96375 is $16.24 against a BUCA commercial aggregate mean of $33.82, a gap of $17.58, " +
            "but the sample is thin (the commercial aggregate has 33 observations from 9 TINs), so the difference should not be read as substantial.", summary);
        Assert.DoesNotContain("substantially", summary);
    }

    public void Dispose() => _directory.Dispose();

    // count rates from one TIN: from, from + 1, …
    private static IEnumerable<Price> Rates(string tin, int from, int count) =>
        Enumerable.Range(from, count).Select(rate => new Price("96375", $"11-00000{tin}", rate));

    private static async Task<JsonElement> QueryAsync(CptGraphServerFactory server)
    {
        using var response = await server.QueryAsync(Query);
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("code").Clone();
    }

    private static List<string> Rates(JsonElement code) =>
        code.GetProperty("rates").EnumerateArray().Select(r => $"{r.GetProperty("payer").GetProperty("name").GetString()} {Sample(r)}").ToList();

    private static string Sample(JsonElement distribution)
    {
        var tins = distribution.GetProperty("distinctTins");
        return $"{distribution.GetProperty("count").GetInt32()} {(tins.ValueKind == JsonValueKind.Null ? "null" : tins.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))} {distribution.GetProperty("lowSample").GetBoolean()}";
    }

    // The factory deletes the database it served, so each server gets its own copy.
    private string CopyOfDatabase(string name)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = Path.Combine(_directory.Path, name);
        File.Copy(_directory.Database, copy);
        return copy;
    }
}
