using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Positions;
using CptGraph.Domain.Rates;
using CptGraph.Server.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Positions;

/// <summary>
/// Places amounts among the distributions a code's <c>rates</c>/<c>benchmark</c> serve for the same selection, over
/// exactly the observations each one summarises: a payer's served vintage month; for the BUCA aggregate, each BUCA
/// payer's latest month at or before the aggregate's (the recompute's pooling rule); the selection's billing classes,
/// modifier set and screening. Any number of requests cost the same statements: the served distributions (one batch
/// per modifier set), the aggregate's months (one), and the counts (one). Medicare priced for another setting than the stored
/// one (FACILITY) is ranked among its per-locality amounts in memory (<see cref="MedicareSides"/>).
/// </summary>
public static class ServedPositions
{
    public static async Task<IReadOnlyList<CodePosition>> ComputeAsync(IServiceProvider services, CptGraphDbContext db,
        IReadOnlyList<PositionRequest> requests, RateSelection selection, CancellationToken cancellationToken)
    {
        // Queued before the first is awaited, so one query per modifier set loads every code's distributions.
        var loads = requests.Select(r => RateLists.All(services, r.CodeId, selection with { ModifierKey = r.ModifierKey })).ToList();
        var medicareLoads = requests.Select(r => MedicareSides.Load(services, r.CodeId, selection with { ModifierKey = r.ModifierKey })).ToList();
        var served = new List<IReadOnlyList<PayerDistribution>>(loads.Count);
        foreach (var load in loads)
        {
            served.Add(await load.GetResultAsync(cancellationToken));
        }

        var medicare = new List<MedicareSide>(medicareLoads.Count);
        foreach (var load in medicareLoads)
        {
            medicare.Add(await load.GetResultAsync(cancellationToken));
        }

        var pooled = await AggregateMonthsAsync(db, requests, served, cancellationToken);
        var probes = new List<PositionProbe>();
        var priced = new Dictionary<int, ObservationRank>();
        var targets = new List<(int Request, PayerDistribution Distribution)>();
        for (var i = 0; i < requests.Count; i++)
        {
            foreach (var distribution in served[i])
            {
                var d = distribution.Distribution;
                if (d.PayerId is not null && distribution.Payer!.Kind == PayerKind.Medicare && medicare[i].Amounts is { } amounts)
                {
                    // Priced on request (another setting than the stored one): ranked among its own amounts, no statement.
                    priced[targets.Count] = InMemoryRank(amounts, requests[i].Amount);
                    targets.Add((i, distribution));
                    continue;
                }

                IReadOnlyList<(int, string)> slices = d.PayerId is { } payerId
                    ? [(payerId, d.VintageMonth)]
                    : Pool(pooled.GetValueOrDefault(d.CodeId) ?? [], d.VintageMonth);
                probes.Add(new PositionProbe(targets.Count, d.CodeId, requests[i].ModifierKey, requests[i].Amount, slices));
                targets.Add((i, distribution));
            }
        }

        var counted = await PositionCounter.CountAsync(db, probes, selection.BillingClass, selection.Screened, cancellationToken);
        var ranks = counted.Concat(priced).ToDictionary(r => r.Key, r => r.Value);
        var medicareMeans = served.Select(list => list.FirstOrDefault(d => d.Payer?.Kind == PayerKind.Medicare)?.Distribution.Mean).ToList();
        var positions = requests.Select(_ => new List<RatePosition>()).ToList();
        foreach (var (target, index) in targets.Select((t, i) => (t, i)))
        {
            var request = target.Request;
            positions[request].Add(RatePositions.Of(target.Distribution, requests[request].Amount, ranks.GetValueOrDefault(index), medicareMeans[request]));
        }

        return requests.Select((r, i) => new CodePosition(r.Code, r.Amount, positions[i], medicareMeans[i], medicare[i].NotApplicable)).ToList();
    }

    // The counts PositionCounter takes in SQL, over amounts in memory, with the same tie tolerance.
    private static ObservationRank InMemoryRank(IReadOnlyList<decimal> amounts, decimal amount)
    {
        var tolerance = (decimal)RatePositions.TieTolerance;
        return new ObservationRank(amounts.Count(a => a < amount - tolerance), amounts.Count(a => a >= amount - tolerance && a <= amount + tolerance), amounts.Count);
    }

    // Each BUCA payer's latest month at or before the aggregate's own.
    private static List<(int, string)> Pool(IEnumerable<(int PayerId, string Month)> months, string asOf) =>
        months.Where(m => Vintages.IsAtOrBefore(m.Month, asOf))
            .GroupBy(m => m.PayerId)
            .Select(g => (g.Key, g.Select(m => m.Month).Max(StringComparer.Ordinal)!))
            .ToList();

    // The months in which each BUCA payer has observations of each code. Every such slice has unscreened distribution
    // rows (each TiC billing class feeds some served class), so the small distributions table answers it.
    private static async Task<Dictionary<int, List<(int PayerId, string Month)>>> AggregateMonthsAsync(CptGraphDbContext db,
        IReadOnlyList<PositionRequest> requests, List<IReadOnlyList<PayerDistribution>> served, CancellationToken cancellationToken)
    {
        var codeIds = requests.Where((_, i) => served[i].Any(d => d.Payer is null)).Select(r => r.CodeId).Distinct().ToList();
        if (codeIds.Count == 0)
        {
            return [];
        }

        var rows = await db.RateDistributions
            .Where(d => codeIds.Contains(d.CodeId) && d.PayerId != null && d.Payer!.IsBuca && !d.Screened)
            .Select(d => new { d.CodeId, PayerId = d.PayerId!.Value, d.VintageMonth })
            .Distinct()
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CodeId).ToDictionary(g => g.Key, g => g.Select(r => (r.PayerId, r.VintageMonth)).ToList());
    }
}
