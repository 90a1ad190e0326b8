using CptGraph.Data;
using CptGraph.Domain.Payers;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Content;

/// <summary>Loads the payer list: payers are upserted by name and their alias lists replaced, in one transaction.</summary>
public sealed class PayerCatalogImporter(IDbContextFactory<CptGraphDbContext> factory)
{
    /// <summary>Imports <paramref name="path"/>; returns the number of payers it listed.</summary>
    public async Task<int> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var catalog = await ContentJson.ReadAsync<PayerCatalog>(path, cancellationToken);
        if (catalog.FormatVersion != ContentImporter.SupportedFormatVersion)
        {
            throw new IngestionException(path, "$.formatVersion", $"unsupported payer catalog format version {catalog.FormatVersion}");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var entry in catalog.Payers)
        {
            var payer = await db.Payers.Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Name == entry.Name, cancellationToken)
                ?? db.Payers.Add(new Payer { Name = entry.Name }).Entity;
            payer.Kind = entry.Kind;
            payer.IsBuca = entry.IsBuca;
            db.PayerAliases.RemoveRange(payer.Aliases.Where(a => !entry.Aliases.Contains(a.Alias)));
            foreach (var alias in entry.Aliases.Where(a => payer.Aliases.All(known => known.Alias != a)))
            {
                payer.Aliases.Add(new PayerAlias { Alias = alias });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return catalog.Payers.Count;
    }
}
