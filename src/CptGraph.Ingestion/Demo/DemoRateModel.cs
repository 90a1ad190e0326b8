using CptGraph.Domain.Statistics;

namespace CptGraph.Ingestion.Demo;

/// <summary>
/// Synthetic negotiated rates: base × payer factor × a per-provider level × per-(provider, code) noise,
/// both lognormal. With σ 0.22 and 0.18 the combined σ is about 0.28, so P75 − P25 is about 39% of the
/// median and the mean is about 4% above it — the spread seen in real commercial professional rates.
/// Each rate depends only on (seed, provider, code), never on the order they are written in.
/// </summary>
internal sealed class DemoRateModel(ulong seed, decimal payerFactor)
{
    private const decimal ProviderSigma = 0.22m;
    private const decimal CodeSigma = 0.18m;

    /// <summary>The rate for <paramref name="providerGroupId"/> and the code, rounded to cents, at least one cent.</summary>
    public decimal Rate(int providerGroupId, string billingCode, decimal baseAmount)
    {
        var provider = SplitMix64.For(seed, (ulong)providerGroupId, 0);
        var code = SplitMix64.For(seed, (ulong)providerGroupId, Fnv1a(billingCode));
        var exponent = ProviderSigma * provider.NextStandardNormal() + CodeSigma * code.NextStandardNormal();
        var rate = RateStatistics.RoundToCents(baseAmount * payerFactor * Exp(exponent));
        return Math.Max(rate, 0.01m);
    }

    /// <summary>e^x by its Taylor series in decimal arithmetic, exact enough for |x| below about 5.</summary>
    internal static decimal Exp(decimal x)
    {
        var sum = 1m;
        var term = 1m;
        for (var n = 1; n < 60 && Math.Abs(term) > 1e-20m; n++)
        {
            term = term * x / n;
            sum += term;
        }

        return sum;
    }

    // A stable string hash (string.GetHashCode is randomised per process).
    private static ulong Fnv1a(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }
}
