using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Live;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Live;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Rates;

/// <summary>
/// Turns a <see cref="DistributionsChanged"/> event into what the rate subscriptions serve, once per event for all
/// subscribers (<see cref="LiveEventLookups"/>): the benchmarks are read-only values every subscriber filters on its own.
/// </summary>
public sealed class DistributionChangeReader(IDbContextFactory<CptGraphDbContext> factory, LiveEventLookups lookups)
{
    public Task<(Benchmark Before, Benchmark After)> BenchmarksAsync(long eventId, DistributionsChanged change, CancellationToken cancellationToken) =>
        lookups.GetAsync(eventId, "benchmarks", loadToken => ComputeAsync(change, loadToken), cancellationToken);

    private async Task<(Benchmark Before, Benchmark After)> ComputeAsync(DistributionsChanged change, CancellationToken cancellationToken)
    {
        // Payers are read at delivery: an ingest may have created one, and the table is tiny.
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var payers = await db.Payers.ToDictionaryAsync(p => p.Id, cancellationToken);
        return (Compute(change.Code, change.Before, payers), Compute(change.Code, change.After, payers));
    }

    public static bool Matches(DistributionsChanged change, string code, BillingClass billingClass, string modifierKey) =>
        change.Code == code && change.BillingClass == billingClass && change.ModifierKey == modifierKey;

    private static Benchmark Compute(string code, IReadOnlyList<RateDistribution> distributions, Dictionary<int, Payer> payers) =>
        BenchmarkCalculator.Compute(code, ServedDistributions.InPayerOrder(distributions
                .Where(d => d.PayerId is null || payers.ContainsKey(d.PayerId.Value))
                .Select(d => new PayerDistribution(d, d.PayerId is { } id ? payers[id] : null)), p => p.Distribution)
            .ToList());
}
