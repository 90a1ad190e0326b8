namespace CptGraph.Domain.Rates;

/// <summary>
/// When a distribution is too thin to lean on (docs/domain-rules.md, "Small samples"): fewer than
/// <see cref="MinObservations"/> observations, or fewer than <see cref="MinTins"/> distinct provider TINs. Medicare
/// (no TINs: <see cref="RateDistribution.DistinctTins"/> is null) is judged by its count alone.
/// </summary>
public sealed record LowSampleRule(int MinObservations = LowSampleRule.DefaultMinObservations, int MinTins = LowSampleRule.DefaultMinTins)
{
    public const int DefaultMinObservations = 11;
    public const int DefaultMinTins = 3;

    public bool IsLow(RateDistribution distribution) =>
        distribution.Count < MinObservations || distribution.DistinctTins is { } tins && tins < MinTins;
}
