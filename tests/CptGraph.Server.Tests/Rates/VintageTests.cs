using System.Text.Json;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;
using static CptGraph.Server.Tests.Rates.TicRateFile;

namespace CptGraph.Server.Tests.Rates;

/// <summary>
/// Two monthly Aetna files and one Cigna file for 96375, with Medicare 2026 (vintage 2026-01):
/// Aetna 2026-08 pays 20, 30, 40 (mean 30); Aetna 2026-10 pays 20 (the same TIN and rate as August), 35, 45, 60
/// (mean 40); Cigna 2026-09 pays 100 and 200 (mean 150).
/// </summary>
public sealed class VintageTests : IClassFixture<VintageTests.Database>
{
    private readonly Database _database;

    public VintageTests(Database database) => _database = database;

    [Fact]
    public void SameRateInAnotherMonthsFile_IsANewObservation()
    {
        // TIN 1's 20 is already stored for October; August's file still keeps it as August's.
        Assert.Contains("kept 3, duplicate 0", _database.AugustRun.Output);
    }

    [Fact]
    public async Task Default_ServesEachPayersLatestVintage()
    {
        var code = await QueryCodeAsync("""rates { payer { name } vintage count mean } benchmark { commercialAggregate { vintage count mean } }""");

        Assert.Equal(["Aetna:2026-10:4:40", "Cigna:2026-09:2:150", "Medicare:2026-01:109:16.2427"], Rates(code));
        // The aggregate pools Aetna's October (20 + 35 + 45 + 60) and Cigna's September (100 + 200): 460 / 6.
        var aggregate = code.GetProperty("benchmark").GetProperty("commercialAggregate");
        Assert.Equal("2026-10", aggregate.GetProperty("vintage").GetString());
        Assert.Equal(6, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(76.6667m, aggregate.GetProperty("mean").GetDecimal());
    }

    [Theory]
    [InlineData("2026-09", "Aetna:2026-08:3:30|Cigna:2026-09:2:150|Medicare:2026-01:109:16.2427", "2026-09:5:78")]
    [InlineData("2026-08", "Aetna:2026-08:3:30|Medicare:2026-01:109:16.2427", "2026-08:3:30")]
    [InlineData("2026-12", "Aetna:2026-10:4:40|Cigna:2026-09:2:150|Medicare:2026-01:109:16.2427", "2026-10:6:76.6667")]
    [InlineData("2025-12", "", null)]
    public async Task AsOf_ServesTheLatestVintageAtOrBeforeTheMonth(string asOf, string expectedRates, string? expectedAggregate)
    {
        var code = await QueryCodeAsync($$"""rates(asOf: "{{asOf}}") { payer { name } vintage count mean } benchmark(asOf: "{{asOf}}") { commercialAggregate { vintage count mean } }""");

        Assert.Equal(expectedRates, string.Join("|", Rates(code)));
        var aggregate = code.GetProperty("benchmark").GetProperty("commercialAggregate");
        Assert.Equal(expectedAggregate, aggregate.ValueKind == JsonValueKind.Null ? null
            : $"{aggregate.GetProperty("vintage").GetString()}:{aggregate.GetProperty("count").GetInt32()}:{aggregate.GetProperty("mean").GetDecimal()}");
    }

    [Fact]
    public async Task History_GivesEveryVintageInMonthOrder()
    {
        var code = await QueryCodeAsync("""
            aetna: history(payer: "aetna") { month payer { name } count mean median p25 p75 }
            all: history { month payer { name } count mean }
            """);

        // August 20, 30, 40: median 30, P25 25, P75 35. October 20, 35, 45, 60: median 40, P25 31.25, P75 48.75.
        Assert.Equal(["2026-08:Aetna:3:30:30:25:35", "2026-10:Aetna:4:40:40:31.25:48.75"],
            code.GetProperty("aetna").EnumerateArray().Select(p =>
                $"{p.GetProperty("month").GetString()}:{p.GetProperty("payer").GetProperty("name").GetString()}:{p.GetProperty("count").GetInt32()}:" +
                $"{p.GetProperty("mean").GetDecimal()}:{p.GetProperty("median").GetDecimal()}:{p.GetProperty("p25").GetDecimal()}:{p.GetProperty("p75").GetDecimal()}"));
        Assert.Equal(
            ["2026-01:Medicare:109:16.2427", "2026-08:Aetna:3:30", "2026-08:BUCA:3:30", "2026-09:Cigna:2:150", "2026-09:BUCA:5:78", "2026-10:Aetna:4:40", "2026-10:BUCA:6:76.6667"],
            code.GetProperty("all").EnumerateArray().Select(p =>
                $"{p.GetProperty("month").GetString()}:{(p.GetProperty("payer").ValueKind == JsonValueKind.Null ? "BUCA" : p.GetProperty("payer").GetProperty("name").GetString())}:" +
                $"{p.GetProperty("count").GetInt32()}:{p.GetProperty("mean").GetDecimal()}"));
    }

    [Theory]
    [InlineData(null, "Aetna:2026-10:4:40", "Cigna:2026-09:2:150")]
    [InlineData("2026-09", "Aetna:2026-08:3:30", "Cigna:2026-09:2:150")]
    public async Task EveryPath_ServesTheSameDistributions(string? asOf, string aetna, string cigna)
    {
        // Arrange: one rule (ServedDistributions) behind a code's rates, a payer's rates and codes(where: { rates }).
        var args = asOf is null ? "" : $$"""(asOf: "{{asOf}}")""";
        var query = $$"""
            {
              code(code: "96375") { rates{{args}} { payer { name } vintage count mean } }
              aetna: payer(name: "Aetna") { rates{{args}} { nodes { payer { name } vintage count mean } } }
              cigna: payer(name: "Cigna") { rates{{args}} { nodes { payer { name } vintage count mean } } }
              servedMean: codes(where: { rates: { some: { payer: { name: { eq: "Aetna" } }, mean: { eq: 40 } } } }) { nodes { code } }
              olderVintageMean: codes(where: { rates: { some: { payer: { name: { eq: "Aetna" } }, mean: { eq: 30 } } } }) { nodes { code } }
            }
            """;

        // Act
        using var response = await _database.Server.QueryAsync(query);

        // Assert: the code's rates and each payer's rates name the same vintage and figures.
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var data = response.RootElement.GetProperty("data");
        var fromCode = Rates(data.GetProperty("code")).ToList();
        Assert.Equal([aetna, cigna], fromCode.Take(2));
        Assert.Equal([aetna], PayerRates(data.GetProperty("aetna")));
        Assert.Equal([cigna], PayerRates(data.GetProperty("cigna")));
        // codes(where:) filters on the default served vintage (October's mean 40), never on August's 30.
        Assert.Equal(["96375"], data.GetProperty("servedMean").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.Empty(data.GetProperty("olderVintageMean").GetProperty("nodes").EnumerateArray());
    }

    private static IEnumerable<string> PayerRates(JsonElement payer) =>
        payer.GetProperty("rates").GetProperty("nodes").EnumerateArray().Select(r =>
            $"{r.GetProperty("payer").GetProperty("name").GetString()}:{r.GetProperty("vintage").GetString()}:{r.GetProperty("count").GetInt32()}:{r.GetProperty("mean").GetDecimal()}");

    [Theory]
    [InlineData("2026-9")]
    [InlineData("2026-13")]
    [InlineData("2026-09-01")]
    [InlineData("September")]
    public async Task BadAsOf_IsACodedError(string asOf)
    {
        using var response = await _database.Server.QueryAsync("""query($asOf: String) { code(code: "96375") { rates(asOf: $asOf) { count } } }""", new { asOf });

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_AS_OF", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(asOf, error.GetProperty("message").GetString());
    }

    private async Task<JsonElement> QueryCodeAsync(string fields)
    {
        using var response = await _database.Server.QueryAsync($$"""{ code(code: "96375") { {{fields}} } }""");
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("code").Clone();
    }

    private static IEnumerable<string> Rates(JsonElement code) =>
        code.GetProperty("rates").EnumerateArray().Select(r =>
            $"{r.GetProperty("payer").GetProperty("name").GetString()}:{r.GetProperty("vintage").GetString()}:{r.GetProperty("count").GetInt32()}:{r.GetProperty("mean").GetDecimal()}");

    /// <summary>The database the class queries: filled once through the real CLI, served over HTTP.</summary>
    public sealed class Database : IAsyncLifetime
    {
        private readonly CliTestDirectory _directory = new();

        public CptGraphServerFactory Server { get; private set; } = null!;

        public CliRun AugustRun { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await RatesDatabase.ImportPayersAndMedicareAsync(_directory);
            await RatesDatabase.IngestAsync(_directory, "cigna-2026-09.json", Json("Cigna Health and Life Insurance Company", "2026-09-01",
                [new("96375", "22-0000001", 100m), new("96375", "22-0000002", 200m)]));
            await RatesDatabase.IngestAsync(_directory, "aetna-2026-10.json", Json("Aetna Life Insurance Company", "2026-10-15",
                [new("96375", "11-0000001", 20m), new("96375", "11-0000002", 35m), new("96375", "11-0000003", 45m), new("96375", "11-0000004", 60m)]));
            // August last: an older vintage arriving after a newer one must give the same answers.
            AugustRun = await RatesDatabase.IngestAsync(_directory, "aetna-2026-08.json", Json("Aetna Life Insurance Company", "2026-08-01",
                [new("96375", "11-0000001", 20m), new("96375", "11-0000002", 30m), new("96375", "11-0000003", 40m)]));
            Server = new CptGraphServerFactory(_directory.Database);
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            _directory.Dispose();
        }
    }
}
