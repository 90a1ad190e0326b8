using System.Text.Json;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;
using static CptGraph.Server.Tests.Rates.TicRateFile;

namespace CptGraph.Server.Tests.Rates;

/// <summary>
/// One crafted Aetna file (2026-09) for 96375, professional: 0.01, 3, 25, 26, 27, 28, 30, 50, 400 and 999999, one TIN
/// each, plus an institutional 500. Medicare's 96375 median is 15.97, so the ratio limits are 3.194 and 319.40.
/// Hand-computed fences on ln: Q1 = 3.22868, Q3 = 3.78432, IQR = 0.55564, fences e^1.56177 = 4.77 and
/// e^5.45122 = 233.04. TIN 7 (the 50) also charges 50 for nine other codes (10 codes: a ghost); TIN 2 (the 25)
/// charges 25 for eight of them (9 codes: not a ghost).
/// </summary>
public sealed class ScreeningTests : IDisposable
{
    private static readonly string[] OtherCodes = ["99211", "99212", "99213", "99214", "99215", "96360", "96361", "96365", "96366"];

    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task EachRuleFlagsWhatItShould_ScreenedStatsLeaveThemOut_AndMedicareIngestRefreshesTheRatioRule()
    {
        // Arrange: the TiC file first, so the Medicare-ratio rule has nothing to compare with yet.
        await RatesDatabase.ImportPayersAsync(_directory);
        await RatesDatabase.IngestAsync(_directory, "aetna-08.json", Json("Aetna Life Insurance Company", "2026-08-01", [new("96366", "11-0000099", 40m)]));
        await RatesDatabase.IngestAsync(_directory, "aetna.json", Json("Aetna Life Insurance Company", "2026-09-01", Prices()));
        JsonElement before;
        await using (var server = new CptGraphServerFactory(CopyOfDatabase()))
        {
            before = await QueryAsync(server);
        }

        // Act
        await RatesDatabase.IngestMedicareAsync(_directory);
        await using var served = new CptGraphServerFactory(_directory.Database);
        var after = await QueryAsync(served);

        // Assert: before Medicare, 0.01 and 999999 are sentinels; 0.01, 3, 400 and 999999 are outside the fences; 50 is a ghost.
        Assert.Equal("zero 2, ratio 0, fence 4, ghost 1, excluded 5", Counts(Aetna(before, "all")));
        // After: 0.01 and 3 are under 3.194, 400 and 999999 over 319.40; the institutional 500 is not compared.
        Assert.Equal("zero 2, ratio 4, fence 4, ghost 1, excluded 5", Counts(Aetna(after, "all")));
        var all = Aetna(after, "all");
        Assert.False(all.GetProperty("screened").GetBoolean());
        Assert.Equal(10, all.GetProperty("count").GetInt32());
        Assert.Equal(100058.801m, all.GetProperty("mean").GetDecimal());

        // Screened: 25, 26, 27, 28, 30.
        var screened = Aetna(after, "screened");
        Assert.True(screened.GetProperty("screened").GetBoolean());
        Assert.Equal("zero 2, ratio 4, fence 4, ghost 1, excluded 5", Counts(screened));
        Assert.Equal((5, 25m, 27m, 27.2m, 30m), (screened.GetProperty("count").GetInt32(), screened.GetProperty("min").GetDecimal(),
            screened.GetProperty("median").GetDecimal(), screened.GetProperty("mean").GetDecimal(), screened.GetProperty("max").GetDecimal()));

        var point = Assert.Single(after.GetProperty("history").EnumerateArray());
        Assert.Equal(("2026-09", 5, 27.2m), (point.GetProperty("month").GetString(), point.GetProperty("count").GetInt32(), point.GetProperty("mean").GetDecimal()));

        var benchmark = after.GetProperty("benchmark");
        var aggregate = benchmark.GetProperty("commercialAggregate");
        Assert.Equal((5, 27.2m), (aggregate.GetProperty("count").GetInt32(), aggregate.GetProperty("mean").GetDecimal()));
        Assert.Equal("zero 2, ratio 4, fence 4, ghost 1, excluded 5", Counts(aggregate));
        Assert.Equal(16.2427m, benchmark.GetProperty("medicare").GetProperty("mean").GetDecimal());
        Assert.Equal(10.9573m, benchmark.GetProperty("gap").GetDecimal());

        var institutional = Assert.Single(after.GetProperty("institutional").EnumerateArray());
        Assert.Equal((1, 500m), (institutional.GetProperty("count").GetInt32(), institutional.GetProperty("mean").GetDecimal()));
        Assert.Equal("zero 0, ratio 0, fence 0, ghost 0, excluded 0", Counts(institutional));

        // The ghost's other codes are flagged too (99213: TIN 7's 50 and TIN 2's 25). In September 96366 has only the
        // ghost, so screened serves no Aetna row — not August's 40, which asOf still reaches.
        var other = Assert.Single(after.GetProperty("other").EnumerateArray());
        Assert.Equal((2, 37.5m), (other.GetProperty("count").GetInt32(), other.GetProperty("mean").GetDecimal()));
        Assert.Equal("zero 0, ratio 0, fence 0, ghost 1, excluded 1", Counts(other));
        Assert.Empty(after.GetProperty("ghostOnly").EnumerateArray());
        Assert.Equal(40m, Assert.Single(after.GetProperty("august").EnumerateArray()).GetProperty("mean").GetDecimal());
    }

    public void Dispose() => _directory.Dispose();

    // The factory deletes the database it served, so the "before" state is served from a copy.
    private string CopyOfDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = Path.Combine(_directory.Path, "before.db");
        File.Copy(_directory.Database, copy);
        return copy;
    }

    private static IEnumerable<Price> Prices()
    {
        decimal[] amounts = [0.01m, 3m, 25m, 26m, 27m, 28m, 30m, 50m, 400m, 999999m];
        foreach (var (amount, i) in amounts.Select((a, i) => (a, i)))
        {
            yield return new("96375", $"11-000000{i}", amount);
        }

        yield return new("96375", "11-0000010", 500m, "institutional");
        foreach (var code in OtherCodes)
        {
            yield return new(code, "11-0000007", 50m);
            if (code != "96366")
            {
                yield return new(code, "11-0000002", 25m);
            }
        }
    }

    private static async Task<JsonElement> QueryAsync(CptGraphServerFactory server)
    {
        const string fields = "payer { name } screened count min median mean max screening { zeroOrSentinel medicareRatio logFence ghost excluded }";
        using var response = await server.QueryAsync($$"""
            {
              code(code: "96375") {
                all: rates { {{fields}} }
                screened: rates(screened: true) { {{fields}} }
                institutional: rates(billingClass: INSTITUTIONAL) { {{fields}} }
                benchmark(screened: true) { gap medicare { mean } commercialAggregate { {{fields}} } }
                history(payer: "Aetna", screened: true) { month count mean }
              }
              other: code(code: "99213") { rates { {{fields}} } }
              ghostOnly: code(code: "96366") { rates(screened: true) { count } }
              august: code(code: "96366") { rates(screened: true, asOf: "2026-08") { mean } }
            }
            """);
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var data = response.RootElement.GetProperty("data");
        var code = data.GetProperty("code");
        return JsonSerializer.SerializeToElement(new
        {
            all = code.GetProperty("all"),
            screened = code.GetProperty("screened"),
            institutional = code.GetProperty("institutional"),
            benchmark = code.GetProperty("benchmark"),
            history = code.GetProperty("history"),
            other = data.GetProperty("other").GetProperty("rates"),
            ghostOnly = data.GetProperty("ghostOnly").GetProperty("rates"),
            august = data.GetProperty("august").GetProperty("rates"),
        });
    }

    private static JsonElement Aetna(JsonElement result, string name) =>
        Assert.Single(result.GetProperty(name).EnumerateArray(), r => r.GetProperty("payer").GetProperty("name").GetString() == "Aetna");

    private static string Counts(JsonElement distribution)
    {
        var s = distribution.GetProperty("screening");
        return $"zero {s.GetProperty("zeroOrSentinel").GetInt32()}, ratio {s.GetProperty("medicareRatio").GetInt32()}, fence {s.GetProperty("logFence").GetInt32()}, " +
            $"ghost {s.GetProperty("ghost").GetInt32()}, excluded {s.GetProperty("excluded").GetInt32()}";
    }
}
