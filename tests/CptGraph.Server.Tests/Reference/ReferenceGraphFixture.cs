using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Reference;

/// <summary>
/// One database with every official set in shared/reference imported through the CLI (plus a PTP part the test writes in
/// CMS's layout, and the 2026 PFS rows of the codes the tests price), served by the real server. Built once per test class:
/// ICD-10-CM alone is 74,719 rows.
/// </summary>
public sealed class ReferenceGraphFixture : IAsyncLifetime
{
    public const string PricedCodes = "99213,96360,96365,96366,96374,96375,96376,96409,96413";

    private readonly CliTestDirectory _directory = new();

    public CptGraphServerFactory Server { get; private set; } = null!;

    /// <summary>What each import printed, by set, for the tests that check the CLI's report.</summary>
    public Dictionary<string, CliRun> Imports { get; } = [];

    public string Database => _directory.Database;

    public async Task InitializeAsync()
    {
        await RunAsync("payers", "import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"));
        await RunAsync("icd10cm", "import", "icd10cm", ReferenceFiles.Icd10Cm);
        await RunAsync("hcpcs", "import", "hcpcs", ReferenceFiles.Hcpcs);
        await RunAsync("pos", "import", "pos", ReferenceFiles.PlaceOfServiceXml);
        await RunAsync("taxonomies", "import", "taxonomies", ReferenceFiles.Nucc);
        await RunAsync("ncci-addons", "import", "ncci-addons", ReferenceFiles.AddOnsXlsx);
        await RunAsync("mue", "import", "mue", ReferenceFiles.Mue);
        await RunAsync("ncci-ptp", "import", "ncci-ptp", ReferenceFiles.WritePtp(_directory.Path));
        await RunAsync("medicare", "ingest", "medicare", "--rvu", ReferenceFiles.Pprrvu, "--gpci", ReferenceFiles.Gpci, "--year", "2026", "--codes", PricedCodes);
        await RunAsync("content", "import", "content", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "cpt-96375.json"));
        Server = new CptGraphServerFactory(_directory.Database);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _directory.Dispose();
    }

    private async Task RunAsync(string name, params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--db", _directory.Database]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed ({run.ExitCode}): {run.Error}");
        }

        Imports[name] = run;
    }
}
