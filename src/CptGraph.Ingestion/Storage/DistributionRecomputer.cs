using CptGraph.Data;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Rebuilds, inside the ingest's transaction, the distributions an ingest invalidated — and only those: for a TiC
/// file the (payer, code, vintage) rows it touched plus, for a BUCA payer, the aggregate rows of its codes as of its
/// month and later; other payers' and other vintages' rows are left as they are. The touched observations'
/// screening flags are refreshed first (ghost in SQL over the payer vintage, the other rules per code by
/// <see cref="ScreeningUpdate"/>); only flags that changed are written back.
/// </summary>
/// <remarks>
/// Out of core: every statistic — Medicare's reference medians, the log fences, each distribution and the BUCA
/// pooled aggregate — is streamed from SQLite sorted by (group, amount) after a GROUP BY gave each group's size
/// (<see cref="StreamedGroups"/>), so memory holds a few values per group, never a code's observations, whatever
/// the code's size. Work goes in chunks of codes; each chunk's distributions and outbox events are saved and
/// released before the next.
/// </remarks>
internal static class DistributionRecomputer
{
    // Codes per chunk: the unit whose distributions are replaced and announced together.
    private const int ChunkSize = 32;

    /// <summary>Recomputes, and adds to <paramref name="outbox"/> one event per changed distribution group.</summary>
    public static async Task RecomputeAsync(CptGraphDbContext db, RecomputeScope scope, OutboxWriter outbox,
        IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        using var slices = await ObservationSlices.OpenAsync(db, cancellationToken);
        var medicareId = slices.MedicareId;
        if (scope.IsPayerVintage && scope.PayerId != medicareId)
        {
            await GhostRateMarker.MarkAsync(db, scope.PayerId!.Value, scope.VintageMonth!, cancellationToken);
        }

        var plan = await RecomputePlan.CreateAsync(slices, scope, medicareId, cancellationToken);
        var groups = new StreamedGroups(db, slices.DemoRunIds);
        using var screening = new ScreeningUpdate(db, medicareId);
        var codes = scope.CodeIds.Order().Distinct().ToArray();
        var done = 0;
        foreach (var chunk in codes.Chunk(ChunkSize))
        {
            var distributions = new List<RateDistribution>();
            foreach (var codeId in chunk)
            {
                var code = new CodeRecompute(plan, slices, groups, screening, codeId, await plan.SlicesOfAsync(codeId, cancellationToken));
                distributions.AddRange(await code.RebuildAsync(cancellationToken));
            }

            var before = await outbox.DistributionsAsync(chunk, cancellationToken);
            await DeleteAsync(db, scope, chunk, plan.IsBucaPayer, cancellationToken);
            db.RateDistributions.AddRange(distributions);
            await db.SaveChangesAsync(cancellationToken);
            await outbox.AddChangesAsync(chunk, before, await outbox.DistributionsAsync(chunk, cancellationToken), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            // Saved rows leave the change tracker, or it would hold every distribution and event of the file.
            SavedEntities.Release(db);
            done += chunk.Length;
            progress?.Report((done, codes.Length));
        }
    }

    private static async Task DeleteAsync(CptGraphDbContext db, RecomputeScope scope, int[] chunk, bool bucaPayer, CancellationToken cancellationToken)
    {
        var stale = db.RateDistributions.Where(d => chunk.Contains(d.CodeId));
        if (scope.IsPayerVintage)
        {
            var (payerId, month) = (scope.PayerId, scope.VintageMonth);
            stale = stale.Where(d => (d.PayerId == payerId && d.VintageMonth == month)
                || (bucaPayer && d.PayerId == null && string.Compare(d.VintageMonth, month) >= 0));
        }

        await stale.ExecuteDeleteAsync(cancellationToken);
    }
}
