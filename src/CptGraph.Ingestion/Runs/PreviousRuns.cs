using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Runs;

internal static class PreviousRuns
{
    /// <summary>The committed run that already ingested these exact bytes, if any (only committed runs exist).</summary>
    public static async Task<IngestRun?> FindAsync(IDbContextFactory<CptGraphDbContext> factory, string kind, string sha256, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.IngestRuns.FirstOrDefaultAsync(r => r.Kind == kind && r.Sha256 == sha256, cancellationToken);
    }
}
