using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Rates;

/// <summary>Fills a test database through the real CLI: the payer catalog, Medicare 2026 for 96375, then TiC files.</summary>
public static class RatesDatabase
{
    private static string Seed => CptGraphServerExtensions.SeedDirectory;

    public static async Task ImportPayersAndMedicareAsync(CliTestDirectory directory)
    {
        await ImportPayersAsync(directory);
        await IngestMedicareAsync(directory);
    }

    public static async Task ImportPayersAsync(CliTestDirectory directory) =>
        Succeeded(await CliRun.RunAsync("import", "payers", Path.Combine(Seed, "content", "payers.json"), "--db", directory.Database));

    /// <summary>The bundled 2026 subset for 96375 alone: 109 locality payments, median 15.97, mean 16.2427.</summary>
    public static async Task IngestMedicareAsync(CliTestDirectory directory) =>
        Succeeded(await CliRun.RunAsync("ingest", "medicare", "--rvu", Path.Combine(Seed, "medicare", "pprrvu_2026_subset.csv"),
            "--gpci", Path.Combine(Seed, "medicare", "gpci_2026.csv"), "--year", "2026", "--codes", "96375", "--db", directory.Database));

    public static async Task<CliRun> IngestAsync(CliTestDirectory directory, string name, string json) =>
        Succeeded(await CliRun.RunAsync("ingest", "tic", directory.Write(name, json), "--db", directory.Database));

    private static CliRun Succeeded(CliRun run)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"CLI failed ({run.ExitCode}): {run.Error}");
        }

        return run;
    }
}
