using CptGraph.Domain.Statistics;

namespace CptGraph.Ingestion.Demo;

/// <summary>
/// Synthetic negotiated rates: base × payer factor × a per-provider level × per-(provider, code) noise,
/// both lognormal. With σ 0.22 and 0.18 the combined σ is about 0.28, so P75 − P25 is about 39% of the
/// median and the mean is about 4% above it — the spread seen in real commercial professional rates.
/// Each rate depends only on (seed, provider, code), never on the order they are written in.
/// </summary>
internal sealed class DemoRateModel(ulong seed, decimal payerFactor, int providerCount)
{
    private const decimal ProviderSigma = 0.22m;
    private const decimal CodeSigma = 0.18m;

    // Each provider's level, e^(σ·z), filled on first use: every code reuses it, and exp is the costly part.
    // Zero means not yet computed (e^x is never zero).
    private readonly decimal[] providerLevels = new decimal[providerCount + 1];

    /// <summary>The rate for <paramref name="providerGroupId"/> and the code, rounded to cents, at least one cent.</summary>
    public decimal Rate(int providerGroupId, string billingCode, decimal baseAmount)
    {
        ref var level = ref providerLevels[providerGroupId];
        if (level == 0m)
        {
            var provider = SplitMix64.For(seed, (ulong)providerGroupId, 0);
            level = Exp(ProviderSigma * provider.NextStandardNormal());
        }

        var code = SplitMix64.For(seed, (ulong)providerGroupId, Fnv1a(billingCode));
        var rate = RateStatistics.RoundToCents(baseAmount * payerFactor * level * Exp(CodeSigma * code.NextStandardNormal()));
        return Math.Max(rate, 0.01m);
    }

    /// <summary>
    /// e^x in decimal arithmetic: e^(x/8) by its Taylor series (|x/8| stays below 0.2 here, so a dozen terms
    /// reach 1e-18), then squared three times. Decimal, unlike <see cref="Math.Exp"/>, gives the same digits
    /// on every platform.
    /// </summary>
    internal static decimal Exp(decimal x)
    {
        var reduced = x / 8m;
        var sum = 1m;
        var term = 1m;
        for (var n = 1; n < 40 && Math.Abs(term) > 1e-18m; n++)
        {
            term = term * reduced / n;
            sum += term;
        }

        sum *= sum;
        sum *= sum;
        return sum * sum;
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
