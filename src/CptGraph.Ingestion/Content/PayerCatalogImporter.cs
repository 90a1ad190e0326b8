using System.Diagnostics;
using System.Security.Cryptography;
using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Live;
using CptGraph.Domain.Payers;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Content;

/// <summary>
/// Loads the payer list: payers are upserted by name and their alias lists replaced, in one transaction. A payer that
/// already has rates and whose kind or BUCA membership changes invalidates distributions — the BUCA aggregate pools
/// the BUCA payers, and every payer is screened against Medicare — so the codes it has rates for are recomputed in
/// the same transaction, recorded as a <see cref="IngestRunKinds.PayerCatalog"/> run whose events announce the changes.
/// </summary>
public sealed class PayerCatalogImporter(IDbContextFactory<CptGraphDbContext> factory)
{
    /// <summary>Imports <paramref name="path"/>.</summary>
    public async Task<PayerCatalogImport> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var catalog = await ContentJson.ReadAsync<PayerCatalog>(path, cancellationToken);
        if (catalog.FormatVersion != ContentImporter.SupportedFormatVersion)
        {
            throw new IngestionException(path, "$.formatVersion", $"unsupported payer catalog format version {catalog.FormatVersion}");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = new List<Payer>();
        foreach (var entry in catalog.Payers)
        {
            var known = await db.Payers.Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Name == entry.Name, cancellationToken);
            var payer = known ?? db.Payers.Add(new Payer { Name = entry.Name }).Entity;
            if (known is not null && (known.Kind != entry.Kind || known.IsBuca != entry.IsBuca))
            {
                changed.Add(known);
            }

            payer.Kind = entry.Kind;
            payer.IsBuca = entry.IsBuca;
            db.PayerAliases.RemoveRange(payer.Aliases.Where(a => !entry.Aliases.Contains(a.Alias)));
            foreach (var alias in entry.Aliases.Where(a => payer.Aliases.All(known => known.Alias != a)))
            {
                payer.Aliases.Add(new PayerAlias { Alias = alias });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var changedIds = changed.Select(p => p.Id).ToList();
        var codes = changedIds.Count == 0 ? []
            : await db.RateObservations.Where(o => changedIds.Contains(o.PayerId)).Select(o => o.CodeId).Distinct().ToListAsync(cancellationToken);
        int? runId = null;
        if (codes.Count > 0)
        {
            runId = await RecomputeAsync(db, path, codes, clock, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new PayerCatalogImport(catalog.Payers.Count, [.. changed.Where(p => codes.Count > 0).Select(p => p.Name)], codes.Count, runId);
    }

    // Every payer's distributions of the codes (not one payer vintage): a BUCA change moves their aggregates, a kind
    // change their Medicare reference.
    private static async Task<int> RecomputeAsync(CptGraphDbContext db, string path, List<int> codes, Stopwatch clock, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var run = new IngestRun
        {
            Kind = IngestRunKinds.PayerCatalog,
            Source = path,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Bytes = bytes.Length,
            StartedAt = DateTimeOffset.UtcNow,
        };
        db.IngestRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var outbox = new OutboxWriter(db, run.Id);
        await DistributionRecomputer.RecomputeAsync(db, new RecomputeScope(codes), outbox, null, cancellationToken);
        outbox.Add(OutboxTopics.IngestFinished, new IngestRunFinished(run.Id));
        run.DurationSeconds = clock.Elapsed.TotalSeconds;
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }
}
