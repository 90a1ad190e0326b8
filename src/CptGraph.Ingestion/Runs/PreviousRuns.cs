using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Runs;

internal static class PreviousRuns
{
    /// <summary>The successful run that already ingested these exact bytes, if any.</summary>
    public static async Task<IngestRun?> FindAsync(IDbContextFactory<CptGraphDbContext> factory, string kind, string sha256, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, kind, sha256, cancellationToken);
    }

    /// <summary>The same, inside an open unit of work (sees the database as the transaction does).</summary>
    public static Task<IngestRun?> FindAsync(CptGraphDbContext db, string kind, string sha256, CancellationToken cancellationToken) =>
        db.IngestRuns.AsNoTracking()
            .Where(r => r.Kind == kind && r.Sha256 == sha256 && r.Status == IngestRunStatus.Succeeded)
            .OrderBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The name of the payer <paramref name="run"/> stored its rates as; null when it has none.</summary>
    public static async Task<string?> PayerNameAsync(IDbContextFactory<CptGraphDbContext> factory, IngestRun run, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await PayerNameAsync(db, run, cancellationToken);
    }

    /// <summary>The same, inside an open unit of work.</summary>
    public static Task<string?> PayerNameAsync(CptGraphDbContext db, IngestRun run, CancellationToken cancellationToken) =>
        db.Payers.Where(p => p.Id == run.PayerId).Select(p => (string?)p.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The successful run of the same source whose size and modification time (or ETag) were the same: the
    /// content is then taken to be unchanged and not even read.
    /// </summary>
    public static async Task<IngestRun?> FindSameVersionAsync(IDbContextFactory<CptGraphDbContext> factory, string kind, string source, string version, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.IngestRuns.AsNoTracking()
            .Where(r => r.Kind == kind && r.Source == source && r.SourceVersion == version && r.Status == IngestRunStatus.Succeeded)
            .OrderBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
