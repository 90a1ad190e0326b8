using System.Globalization;

namespace CptGraph.Bench.Store;

/// <summary>
/// The rows of the scale test's one-code shape (tests' OneCodeTicFile): groups of 10 TINs (each with its NPI), 1,000
/// prices per group, Amount(r) = $20 + (r + ⌊r²/10⁵⌋) ¢ — generated, not parsed, so the spike times the store alone.
/// </summary>
internal static class SpikeRows
{
    public const int TinsPerGroup = 10;
    public const int PricesPerGroup = 1_000;

    public static IEnumerable<SpikeRow> Generate(long observations)
    {
        var groups = observations / (TinsPerGroup * PricesPerGroup);
        for (var g = 0L; g < groups; g++)
        {
            for (var t = 0; t < TinsPerGroup; t++)
            {
                var tin = 100_000 + g * TinsPerGroup + t;
                var provider = $"tin:ein:{tin:D9}";
                var npis = (1_000_000_000L + tin).ToString(CultureInfo.InvariantCulture);
                for (var p = 0; p < PricesPerGroup; p++)
                {
                    var r = g * PricesPerGroup + p;
                    yield return new SpikeRow(provider, npis, 20m + (r + r * r / 100_000) / 100m);
                }
            }
        }
    }
}

/// <summary>One observation of code 99213 (professional, no modifiers, negotiated, run 1).</summary>
internal readonly record struct SpikeRow(string ProviderKey, string Npis, decimal Amount);
