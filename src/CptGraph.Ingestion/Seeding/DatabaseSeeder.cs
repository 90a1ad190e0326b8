using CptGraph.Data;
using CptGraph.Ingestion.Demo;
using CptGraph.Ingestion.Medicare;
using CptGraph.Ingestion.Reference;
using CptGraph.Ingestion.Reference.Hcpcs;
using CptGraph.Ingestion.Reference.Icd10Cm;
using CptGraph.Ingestion.Reference.PlaceOfService;
using CptGraph.Ingestion.Tic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Seeding;

/// <summary>
/// Fills an empty database with the bundled content: the payer catalog, the public-domain code sets (ICD-10-CM, HCPCS
/// Level II, Place of Service), the curated reference content, the 2026
/// Medicare fee schedule subset and four synthetic BUCA demo TiC files made by <see cref="DemoTicGenerator"/>
/// from the Medicare national amounts. Every step goes through the same importers the CLI uses.
/// </summary>
public sealed class DatabaseSeeder(
    IDbContextFactory<CptGraphDbContext> factory,
    BundledCatalog catalog,
    MedicareIngestor medicare,
    TicIngestor tic,
    ReferenceImporter reference,
    ILogger<DatabaseSeeder> logger)
{
    public const int DemoYear = 2026;
    public const int DemoProviderCount = 40;
    public static readonly DateOnly DemoLastUpdatedOn = new(2026, 10, 1);

    /// <summary>
    /// Makes sure the catalog is there (<see cref="BundledCatalog"/>), then seeds the Medicare subset and the demo files
    /// from <paramref name="seedDirectory"/> unless something was already ingested: a run of any kind (even a failed
    /// one) or Medicare fees. The catalog alone does not count, since every new database gets it.
    /// </summary>
    /// <returns>True when the Medicare subset and demo files were loaded.</returns>
    public async Task<bool> SeedIfEmptyAsync(string seedDirectory, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.IngestRuns.AnyAsync(cancellationToken) || await db.MedicareFees.AnyAsync(cancellationToken)
                || await db.RateObservations.AnyAsync(cancellationToken))
            {
                await catalog.EnsureAsync(seedDirectory, cancellationToken);
                return false;
            }
        }

        logger.LogInformation("Empty database: loading the bundled content and demo data from {SeedDirectory}", seedDirectory);
        await catalog.EnsureAsync(seedDirectory, cancellationToken);

        await ImportBundledCodeSetsAsync(Path.Combine(seedDirectory, "reference"), cancellationToken);

        await medicare.IngestAsync(new MedicareIngestOptions(
            Path.Combine(seedDirectory, "medicare", "pprrvu_2026_subset.csv"),
            Path.Combine(seedDirectory, "medicare", "gpci_2026.csv"),
            Year: DemoYear), cancellationToken);
        await IngestDemoFilesAsync(cancellationToken);
        return true;
    }

    // After the curated content: its codes and diagnoses keep the ids (and so the order) they had, the official sets update
    // them in place, and an HCPCS descriptor never replaces a curated description.
    private async Task ImportBundledCodeSetsAsync(string directory, CancellationToken cancellationToken)
    {
        (IReferenceSet Set, string File)[] bundled =
        [
            (new Icd10CmSet(), "icd10cm-codes-2026.txt.gz"),
            (new HcpcsSet(), "HCPC2025_OCT_ANWEB.xlsx"),
            (new PlaceOfServiceSet(), "cs-CMS-PlaceofServiceCodes.xml"),
        ];
        foreach (var (set, file) in bundled)
        {
            await reference.ImportAsync(set, Path.Combine(directory, file), null, cancellationToken);
        }
    }

    private async Task IngestDemoFilesAsync(CancellationToken cancellationToken)
    {
        List<DemoBaseRate> baseRates;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            baseRates = await (
                    from fee in db.MedicareFees
                    join code in db.Codes on fee.CodeId equals code.Id
                    where fee.Year == DemoYear && fee.Modifier == "" && fee.NonFacilityNationalAmount != null
                    orderby code.Value
                    select new DemoBaseRate(code.Value, fee.NonFacilityNationalAmount!.Value))
                .ToListAsync(cancellationToken);
        }

        var directory = Path.Combine(Path.GetTempPath(), $"cptgraph-demo-{Guid.NewGuid():N}");
        try
        {
            var files = await DemoTicGenerator.WriteBucaFilesAsync(directory, baseRates, DemoProviderCount, DemoLastUpdatedOn, cancellationToken);
            foreach (var file in files)
            {
                await tic.IngestAsync(file, new TicIngestOptions(IsDemo: true), cancellationToken);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
