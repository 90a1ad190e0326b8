using CptGraph.Data;
using CptGraph.Ingestion.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Seeding;

/// <summary>
/// The payer catalog and reference content every database needs before anything is ingested into it: without the
/// catalog, <c>ingest tic --payer Aetna</c> on a new database would create Aetna as an unknown non-BUCA payer and
/// the BUCA aggregate would never exist. The CLI and the server both call <see cref="EnsureAsync"/> after migrating.
/// </summary>
public sealed class BundledCatalog(
    IDbContextFactory<CptGraphDbContext> factory,
    PayerCatalogImporter payers,
    ContentImporter content,
    ILogger<BundledCatalog> logger)
{
    /// <summary>
    /// Imports the catalog into a database that has no payer yet, and the reference content into one that has no code
    /// yet. A database that already has either keeps what it has: an operator's own catalog is never overwritten.
    /// </summary>
    /// <returns>True when anything was imported.</returns>
    public async Task<bool> EnsureAsync(string seedDirectory, CancellationToken cancellationToken)
    {
        bool hasPayers, hasCodes;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            hasPayers = await db.Payers.AnyAsync(cancellationToken);
            hasCodes = await db.Codes.AnyAsync(cancellationToken);
        }

        var directory = Path.Combine(seedDirectory, "content");
        if (!hasPayers)
        {
            var imported = await payers.ImportAsync(Path.Combine(directory, "payers.json"), cancellationToken);
            logger.LogInformation("New database: imported the bundled payer catalog ({PayerCount} payers)", imported.Payers);
        }

        if (!hasCodes)
        {
            foreach (var file in Directory.GetFiles(directory, "cpt-*.json").Order(StringComparer.Ordinal))
            {
                var count = await content.ImportAsync(file, cancellationToken);
                logger.LogInformation("New database: imported the bundled reference content {File} ({CodeCount} codes)", Path.GetFileName(file), count);
            }
        }

        return !hasPayers || !hasCodes;
    }
}
