using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>Keeps an ingest's change tracker small: rows already saved leave it, only the run record stays.</summary>
internal static class SavedEntities
{
    /// <summary>
    /// Detaches everything but the run and its plans. Call after SaveChanges: left tracked, a payer file's saved rows
    /// (distributions, outbox events, a Medicare schedule's fee rows) would be re-scanned by every later SaveChanges.
    /// </summary>
    public static void Release(CptGraphDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not (IngestRun or IngestRunPlan)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
