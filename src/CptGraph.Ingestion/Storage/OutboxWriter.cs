using CptGraph.Data;
using CptGraph.Domain.Live;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Adds outbox events to the ingest's context, so they are saved and committed with the data they announce and
/// rolled back with it.
/// </summary>
internal sealed class OutboxWriter(CptGraphDbContext db, int runId)
{
    public void Add(string topic, object payload) =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            Topic = topic,
            Payload = OutboxJson.Serialize(payload),
            IngestRunId = runId,
            CreatedAt = DateTimeOffset.UtcNow,
        });

    public void Progress(string phase, long kept, string source) =>
        Add(OutboxTopics.IngestProgress, new IngestRunProgress(runId, phase, kept, source));

    /// <summary>The stored distributions of <paramref name="codeIds"/>, read inside the transaction.</summary>
    public async Task<List<RateDistribution>> DistributionsAsync(IReadOnlyCollection<int> codeIds, CancellationToken cancellationToken)
    {
        var distributions = new List<RateDistribution>();
        foreach (var chunk in codeIds.Chunk(500))
        {
            distributions.AddRange(await db.RateDistributions.AsNoTracking().Where(d => chunk.Contains(d.CodeId) && !d.Screened).ToListAsync(cancellationToken));
        }

        // What the API serves by default: each payer's (and the aggregate's) latest vintage, unscreened.
        return ServedDistributions.Latest(distributions, distributions, asOf: null);
    }

    /// <summary>One event per code, billing class and modifier set whose distributions the ingest changed.</summary>
    public async Task AddChangesAsync(IReadOnlyCollection<int> codeIds, List<RateDistribution> before, List<RateDistribution> after, CancellationToken cancellationToken)
    {
        var codes = new Dictionary<int, string>();
        foreach (var chunk in codeIds.Chunk(500))
        {
            foreach (var code in await db.Codes.Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.Value }).ToListAsync(cancellationToken))
            {
                codes[code.Id] = code.Value;
            }
        }

        foreach (var change in DistributionChangeDetector.Detect(before, after, codes, runId))
        {
            Add(OutboxTopics.Distributions, change);
        }
    }
}
