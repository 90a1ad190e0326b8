using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Tests;

namespace CptGraph.Server.Tests.Cli;

public sealed class IngestMedicareCommandTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task FullCmsFile_Prices96375AtEveryLocality()
    {
        // Arrange
        await CliRun.RunAsync("import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"), "--db", _directory.Database);

        // Act: the real CMS layout (title lines, vertical header), CF read from the file.
        var run = await CliRun.RunAsync("ingest", "medicare",
            "--rvu", Path.Combine(RepositoryPaths.Medicare, "PPRRVU2026_Jul_nonQPP.csv"),
            "--gpci", Path.Combine(RepositoryPaths.Medicare, "gpci_2026.csv"),
            "--year", "2026", "--codes", "96375,96376", "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""
            { code(code: "96375") { medicareFees { status nonFacilityNationalAmount } rates { payer { name } count min median mean max } } }
            """);
        var code = response.RootElement.GetProperty("data").GetProperty("code");
        Assert.Equal(15.70m, code.GetProperty("medicareFees")[0].GetProperty("nonFacilityNationalAmount").GetDecimal());
        var medicare = Assert.Single(code.GetProperty("rates").EnumerateArray());
        Assert.Equal("Medicare", medicare.GetProperty("payer").GetProperty("name").GetString());
        Assert.Equal(109, medicare.GetProperty("count").GetInt32());
        Assert.Equal(13.84m, medicare.GetProperty("min").GetDecimal());
        Assert.Equal(15.97m, medicare.GetProperty("median").GetDecimal());
        Assert.Equal(16.2427m, medicare.GetProperty("mean").GetDecimal());
        Assert.Equal(21.23m, medicare.GetProperty("max").GetDecimal());
    }

    [Fact]
    public async Task AlternativeConversionFactor_ChangesEveryPayment()
    {
        await CliRun.RunAsync("import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"), "--db", _directory.Database);

        // The 2026 qualifying-APM factor: national 0.47 × 33.5675 = 15.7767 → $15.78.
        var run = await CliRun.RunAsync("ingest", "medicare",
            "--rvu", Path.Combine(CptGraphServerExtensions.SeedDirectory, "medicare", "pprrvu_2026_subset.csv"),
            "--gpci", Path.Combine(CptGraphServerExtensions.SeedDirectory, "medicare", "gpci_2026.csv"),
            "--cf", "33.5675", "--year", "2026", "--db", _directory.Database);

        Assert.Equal(0, run.ExitCode);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("""{ code(code: "96375") { medicareFees { nonFacilityNationalAmount conversionFactor } } }""");
        var fee = response.RootElement.GetProperty("data").GetProperty("code").GetProperty("medicareFees")[0];
        Assert.Equal(15.78m, fee.GetProperty("nonFacilityNationalAmount").GetDecimal());
        Assert.Equal(33.5675m, fee.GetProperty("conversionFactor").GetDecimal());
    }

    [Fact]
    public async Task RejectedSchedule_IsAFailedRun_AndARepeatASkippedOne()
    {
        // Arrange
        string[] ingest = ["ingest", "medicare",
            "--rvu", Path.Combine(CptGraphServerExtensions.SeedDirectory, "medicare", "pprrvu_2026_subset.csv"),
            "--gpci", Path.Combine(CptGraphServerExtensions.SeedDirectory, "medicare", "gpci_2026.csv"),
            "--year", "2026", "--db", _directory.Database];

        // Act: first with no MEDICARE payer to file the rates under (every new database gets the bundled catalog, so
        // it is taken out of this one), then with the catalog imported again, then once more.
        Assert.Equal(0, (await CliRun.RunAsync("import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"), "--db", _directory.Database)).ExitCode);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_directory.Database};Pooling=False"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM PayerAliases WHERE PayerId IN (SELECT Id FROM Payers WHERE Name = 'Medicare'); DELETE FROM Payers WHERE Name = 'Medicare'";
            Assert.Equal(1, delete.ExecuteNonQuery() > 0 ? 1 : 0);
        }

        var rejected = await CliRun.RunAsync(ingest);
        await CliRun.RunAsync("import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"), "--db", _directory.Database);
        var stored = await CliRun.RunAsync(ingest);
        var repeated = await CliRun.RunAsync(ingest);

        // Assert: every attempt is in ingestRuns, like a TiC file's.
        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains("no MEDICARE payer exists", rejected.Error);
        Assert.Equal(0, stored.ExitCode);
        Assert.Equal(0, repeated.ExitCode);
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("{ ingestRuns { status error sha256 } }");
        var runs = response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray()
            .Select(r => (Status: r.GetProperty("status").GetString(), Error: r.GetProperty("error").GetString() ?? "", Sha: r.GetProperty("sha256").GetString()))
            .OrderBy(r => r.Status, StringComparer.Ordinal).ToList();
        Assert.Equal(["FAILED", "SKIPPED", "SUCCEEDED"], runs.Select(r => r.Status));
        Assert.Contains("no MEDICARE payer exists: import the payer catalog first", runs[0].Error);
        Assert.StartsWith("identical input was already ingested by run ", runs[1].Error);
        Assert.Single(runs.Select(r => r.Sha).Distinct());
    }

    [Fact]
    public async Task MissingOption_IsAUsageError()
    {
        var run = await CliRun.RunAsync("ingest", "medicare", "--gpci", "x.csv", "--db", _directory.Database);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: missing --rvu", run.Error);
    }

    public void Dispose() => _directory.Dispose();
}
