using System.Text.Json;
using CptGraph.Ingestion.Demo;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Rates;

/// <summary>
/// Two demo Aetna files a quarter apart (July at 1.3× base, October at 1.7×): a database holding both must serve
/// exactly what a database holding only the month asked for serves.
/// </summary>
public sealed class DemoVintageTests : IDisposable
{
    private const string Fields = "payer { name } count min p10 p25 median p75 p90 max mean";

    private readonly CliTestDirectory _both = new();
    private readonly CliTestDirectory _julyOnly = new();
    private readonly CliTestDirectory _octoberOnly = new();

    [Fact]
    public async Task TwoVintages_DefaultIsTheLatestFile_AsOfAnEarlierMonthIsTheEarlierFile()
    {
        // Arrange
        var july = await WriteAsync(_both, new DateOnly(2026, 7, 1), 1.3m);
        var october = await WriteAsync(_both, new DateOnly(2026, 10, 1), 1.7m);
        await IngestAsync(_both, july, october);
        await IngestAsync(_julyOnly, july);
        await IngestAsync(_octoberOnly, october);

        // Act
        var latest = await QueryAsync(_both, $$"""rates { {{Fields}} }""");
        var asOfSeptember = await QueryAsync(_both, $$"""rates(asOf: "2026-09") { {{Fields}} }""");
        var octoberAlone = await QueryAsync(_octoberOnly, $$"""rates { {{Fields}} }""");
        var julyAlone = await QueryAsync(_julyOnly, $$"""rates { {{Fields}} }""");

        // Assert
        Assert.Equal(octoberAlone, latest);
        Assert.Equal(julyAlone, asOfSeptember);
        Assert.NotEqual(julyAlone, octoberAlone);
        Assert.Contains("\"count\":57", latest); // 60 providers less the 3 billed as institutional only.
    }

    public void Dispose()
    {
        _both.Dispose();
        _julyOnly.Dispose();
        _octoberOnly.Dispose();
    }

    private static async Task<string> WriteAsync(CliTestDirectory directory, DateOnly lastUpdatedOn, decimal factor)
    {
        var options = new DemoTicOptions("Aetna Life Insurance Company", lastUpdatedOn, [new DemoBaseRate("96375", 15.70m), new DemoBaseRate("96376", 5.00m)],
            ProviderCount: 60, Seed: 42 + (ulong)lastUpdatedOn.Month, PayerFactor: factor);
        var path = Path.Combine(directory.Path, $"aetna-{lastUpdatedOn:yyyy-MM}.json");
        await using var file = File.Create(path);
        await DemoTicGenerator.WriteAsync(options, file);
        return path;
    }

    private static async Task IngestAsync(CliTestDirectory directory, params string[] files)
    {
        await RatesDatabase.ImportPayersAsync(directory);
        var run = await CliRun.RunAsync(["ingest", "tic", .. files, "--demo", "--db", directory.Database]);
        Assert.Equal(0, run.ExitCode);
    }

    private static async Task<string> QueryAsync(CliTestDirectory directory, string fields)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = Path.Combine(directory.Path, $"served-{Guid.NewGuid():N}.db");
        File.Copy(directory.Database, copy);
        await using var server = new CptGraphServerFactory(copy);
        using var response = await server.QueryAsync($$"""{ code(code: "96375") { {{fields}} } }""");
        return JsonSerializer.Serialize(response.RootElement.GetProperty("data").GetProperty("code").GetProperty("rates"));
    }
}
