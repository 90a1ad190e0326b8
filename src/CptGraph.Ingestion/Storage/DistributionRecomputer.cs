using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>Rebuilds the stored distributions of the codes an ingest touched, inside the ingest's transaction.</summary>
public static class DistributionRecomputer
{
    public static async Task RecomputeAsync(CptGraphDbContext db, IReadOnlyCollection<int> codeIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in codeIds.Chunk(500))
        {
            await db.RateDistributions.Where(d => chunk.Contains(d.CodeId)).ExecuteDeleteAsync(cancellationToken);
            var observations = await (
                    from o in db.RateObservations
                    join p in db.Payers on o.PayerId equals p.Id
                    join r in db.Set<IngestRun>() on o.IngestRunId equals r.Id
                    where chunk.Contains(o.CodeId)
                    select new { o.CodeId, o.PayerId, p.IsBuca, o.ModifierKey, o.BillingClass, o.Amount, r.IsDemo })
                .ToListAsync(cancellationToken);
            foreach (var code in observations.GroupBy(o => o.CodeId))
            {
                var priced = code.Select(o => new PricedObservation(o.PayerId, o.IsBuca, o.ModifierKey, o.BillingClass, o.Amount, o.IsDemo)).ToList();
                db.RateDistributions.AddRange(DistributionBuilder.Build(code.Key, priced));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
