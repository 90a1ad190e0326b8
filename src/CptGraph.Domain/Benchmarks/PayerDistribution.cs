using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Benchmarks;

/// <summary>A stored distribution with its payer (null payer: the pooled BUCA aggregate).</summary>
public sealed record PayerDistribution(RateDistribution Distribution, Payer? Payer)
{
    public decimal Spread => Distribution.P75 - Distribution.P25;
}
