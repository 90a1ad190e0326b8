using CptGraph.Domain.Rates;

namespace CptGraph.Server.Rates;

/// <summary>
/// The thresholds below which a distribution is served with <c>lowSample: true</c> and the benchmark summary calls the
/// sample thin (docs/domain-rules.md, "Small samples"); bound from <c>Benchmarks:LowSample</c>.
/// </summary>
public sealed class LowSampleOptions
{
    public const string SectionName = "Benchmarks:LowSample";

    /// <summary>A distribution with fewer observations is a low sample (default 11).</summary>
    public int MinObservations { get; set; } = LowSampleRule.DefaultMinObservations;

    /// <summary>A commercial distribution from fewer distinct provider TINs is a low sample (default 3); not applied to Medicare.</summary>
    public int MinTins { get; set; } = LowSampleRule.DefaultMinTins;

    public LowSampleRule Rule => new(MinObservations, MinTins);
}
