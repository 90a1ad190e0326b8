using CptGraph.Domain.Benchmarks;

namespace CptGraph.Server.Rates;

/// <summary>A payer's distribution as served, with the Medicare mean it is compared against.</summary>
public sealed record RateRow(PayerDistribution Item, decimal? MedicareMean);
