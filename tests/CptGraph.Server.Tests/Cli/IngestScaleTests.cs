using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

/// <summary>Payer-scale shapes through the real CLI: exact statistics over a million observations of one code.</summary>
public sealed class IngestScaleTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    private static string PayerCatalog => Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");

    [Fact]
    public async Task OneCodeWithAMillionObservations_ExactStatistics()
    {
        // Arrange: 100 groups × 1,000 prices × 10 TINs; R = 100,000 distinct amounts, each observed 10 times.
        var shape = new OneCodeTicFile("99213", Groups: 100, PricesPerGroup: 1_000, TinsPerGroup: 10);
        var path = Path.Combine(_directory.Path, "one-code.json");
        await shape.WriteAsync(path);
        Assert.Equal(0, (await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database)).ExitCode);

        // Act
        var run = await CliProcess.RunAsync("ingest", "tic", path, "--payer", "Aetna", "--db", _directory.Database);

        // Assert
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""
            { code(code: "99213") { rates { payer { name } count min p25 median p75 max mean screening { excluded } } } }
            """);
        var rate = Assert.Single(response.RootElement.GetProperty("data").GetProperty("code").GetProperty("rates").EnumerateArray());
        Assert.Equal(1_000_000, rate.GetProperty("count").GetInt32());
        Assert.Equal(0, rate.GetProperty("screening").GetProperty("excluded").GetInt32());

        // Sorted, observation k (0-based) is amount r = ⌊k / 10⌋; type 7 interpolates at h = 999,999·p.
        // P25: h = 249,999.75 → r 24,999 and 25,000: 2000 + 24,999 + ⌊624,950,001 / 10⁵⌋ = 33,248 ¢ and 2000 + 25,000 + 6,250
        //      = 33,250 ¢ → 332.48 + 0.75 × 0.02 = 332.495.
        // Median: h = 499,999.5 → r 49,999 (2000 + 49,999 + 24,999 = 76,998 ¢) and 50,000 (77,000 ¢) → 769.99.
        // P75: h = 749,999.25 → r 74,999 (2000 + 74,999 + 56,248 = 133,247 ¢) and 75,000 (133,250 ¢)
        //      → 1,332.47 + 0.25 × 0.03 = 1,332.4775.
        Assert.Equal(332.495m, rate.GetProperty("p25").GetDecimal());
        Assert.Equal(769.99m, rate.GetProperty("median").GetDecimal());
        Assert.Equal(1332.4775m, rate.GetProperty("p75").GetDecimal());
        Assert.Equal(20m, rate.GetProperty("min").GetDecimal());
        Assert.Equal(OneCodeTicFile.Amount(99_999), rate.GetProperty("max").GetDecimal());

        // Mean: ten observations of each r, so the mean of Amount(r) over r < 100,000, to 4 places.
        var sum = 0m;
        for (var r = 0L; r < 100_000; r++)
        {
            sum += OneCodeTicFile.Amount(r);
        }

        Assert.Equal(Math.Round(sum / 100_000, 4, MidpointRounding.AwayFromZero), rate.GetProperty("mean").GetDecimal());
    }

    [Fact]
    public async Task ReferencesAfterInNetwork_OutOfCore_ExactStatistics()
    {
        // Arrange: 100,000 groups of one TIN priced twice, provider_references after in_network: every rate waits
        // (past the pending buffer's 16 MB, in its spill file) and the 100,000 groups outgrow the in-memory table
        // (65,536), so they are resolved from the on-disk reference store. R = 200,000 distinct amounts, one each.
        var shape = new OneCodeTicFile("99214", Groups: 100_000, PricesPerGroup: 2, TinsPerGroup: 1, ReferencesLast: true);
        var path = Path.Combine(_directory.Path, "references-last.json");
        await shape.WriteAsync(path);
        Assert.Equal(0, (await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database)).ExitCode);

        // Act
        var run = await CliProcess.RunAsync("ingest", "tic", path, "--payer", "Aetna", "--db", _directory.Database);

        // Assert
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("kept 200000, duplicate 0", run.Output);
        Assert.Contains("unresolved provider 0", run.Output);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""
            { code(code: "99214") { rates { count min p25 median p75 max mean } } }
            """);
        var rate = Assert.Single(response.RootElement.GetProperty("data").GetProperty("code").GetProperty("rates").EnumerateArray());
        Assert.Equal(200_000, rate.GetProperty("count").GetInt32());

        // Sorted, observation k (0-based) is Amount(k) = 2000 + k + ⌊k² / 10⁵⌋ ¢; type 7 interpolates at h = 199,999·p.
        // P25: h = 49,999.75 → 2000 + 49,999 + 24,999 = 76,998 ¢ and 2000 + 50,000 + 25,000 = 77,000 ¢
        //      → 769.98 + 0.75 × 0.02 = 769.995.
        // Median: h = 99,999.5 → 2000 + 99,999 + 99,998 = 201,997 ¢ and 202,000 ¢ → 2,019.97 + 0.5 × 0.03 = 2,019.985.
        // P75: h = 149,999.25 → 2000 + 149,999 + 224,997 = 376,996 ¢ and 377,000 ¢ → 3,769.96 + 0.25 × 0.04 = 3,769.97.
        Assert.Equal(769.995m, rate.GetProperty("p25").GetDecimal());
        Assert.Equal(2019.985m, rate.GetProperty("median").GetDecimal());
        Assert.Equal(3769.97m, rate.GetProperty("p75").GetDecimal());
        Assert.Equal(20m, rate.GetProperty("min").GetDecimal());
        Assert.Equal(6019.95m, rate.GetProperty("max").GetDecimal());

        // Mean: one observation of each k < 200,000, to 4 places.
        var sum = 0m;
        for (var k = 0L; k < 200_000; k++)
        {
            sum += OneCodeTicFile.Amount(k);
        }

        Assert.Equal(Math.Round(sum / 200_000, 4, MidpointRounding.AwayFromZero), rate.GetProperty("mean").GetDecimal());
    }

    public void Dispose() => _directory.Dispose();
}
