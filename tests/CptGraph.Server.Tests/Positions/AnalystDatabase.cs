using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Rates;
using static CptGraph.Server.Tests.Rates.TicRateFile;

namespace CptGraph.Server.Tests.Positions;

/// <summary>
/// A served database with hand-countable distributions, filled through the real CLI: the payer catalog, Medicare 2026
/// for 96375 and 99213, and for professional 96375 —
/// Aetna 2026-08: 100 (one TIN); Aetna 2026-09: 20, 25, 25, 30, 40; Cigna 2026-09: 22, 25, 35.
/// Served (latest month) Aetna: n 5, P25 25, median 25, P75 30; the aggregate as of 2026-09 pools Aetna's September
/// (not August) and Cigna: 20, 22, 25, 25, 25, 30, 35, 40. 99213: Aetna 2026-09 80 and 120.
/// </summary>
public sealed class AnalystDatabase : IAsyncLifetime
{
    private readonly CliTestDirectory _directory = new();

    public CptGraphServerFactory Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await RatesDatabase.ImportPayersAsync(_directory);
        var seed = Path.Combine(CptGraphServerExtensions.SeedDirectory, "medicare");
        var medicare = await CliRun.RunAsync("ingest", "medicare", "--rvu", Path.Combine(seed, "pprrvu_2026_subset.csv"),
            "--gpci", Path.Combine(seed, "gpci_2026.csv"), "--year", "2026", "--codes", "96375,99213", "--db", _directory.Database);
        Assert.True(medicare.ExitCode == 0, medicare.Error);
        await RatesDatabase.IngestAsync(_directory, "aetna-08.json", Json("Aetna Life Insurance Company", "2026-08-01", [new("96375", "11-0000090", 100m)]));
        await RatesDatabase.IngestAsync(_directory, "aetna-09.json", Json("Aetna Life Insurance Company", "2026-09-01",
            [new("96375", "11-0000001", 20m), new("96375", "11-0000002", 25m), new("96375", "11-0000003", 25m), new("96375", "11-0000004", 30m),
             new("96375", "11-0000005", 40m), new("99213", "11-0000001", 80m), new("99213", "11-0000002", 120m)]));
        await RatesDatabase.IngestAsync(_directory, "cigna-09.json", Json("Cigna Health and Life Insurance Company", "2026-09-01",
            [new("96375", "22-0000001", 22m), new("96375", "22-0000002", 25m), new("96375", "22-0000003", 35m)]));
        Server = new CptGraphServerFactory(_directory.Database);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _directory.Dispose();
    }
}
