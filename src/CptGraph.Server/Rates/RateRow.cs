using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Rates;

namespace CptGraph.Server.Rates;

/// <summary>A payer's distribution as served, with the Medicare mean it is compared against.</summary>
/// <param name="MedicareMean">Known up front where the code's Medicare distribution was loaded with the row (a code's rates); null without Medicare data.</param>
/// <param name="MedicareLookup">
/// Set instead where it was not (a payer's rates, one row per code): <c>percentOfMedicare</c> then loads each code's served
/// Medicare distribution through the code-level data loader, batched over every row of the request, and only when selected.
/// </param>
public sealed record RateRow(PayerDistribution Item, decimal? MedicareMean, RateSelection? MedicareLookup = null);
