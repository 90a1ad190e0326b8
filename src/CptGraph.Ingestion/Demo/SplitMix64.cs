namespace CptGraph.Ingestion.Demo;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 generator (the seeding generator of xoshiro). We implement it
/// rather than use <see cref="Random"/>, whose algorithm may change between runtimes, because demo files
/// must come out byte-identical from the same seed forever.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    // 2^53: the top 53 bits of an output, divided by this, give a uniform fraction in [0, 1).
    private const decimal TwoPow53 = 9007199254740992m;

    private ulong state = seed;

    /// <summary>A generator for one (seed, key, subkey) triple, so each draw is independent of iteration order.</summary>
    public static SplitMix64 For(ulong seed, ulong key, ulong subkey) =>
        new(Mix(Mix(seed + key * Gamma) ^ subkey));

    /// <summary>The next 64 random bits.</summary>
    public ulong Next() => Mix(state += Gamma);

    /// <summary>
    /// An approximately standard normal value: the sum of 12 uniforms minus 6 (Irwin–Hall), whose
    /// variance is exactly 1. It is computed in <see cref="decimal"/>, which is exact software arithmetic,
    /// where double math functions may differ in the last bit between platforms.
    /// </summary>
    public decimal NextStandardNormal()
    {
        var sum = 0UL;
        for (var i = 0; i < 12; i++)
        {
            sum += Next() >> 11;
        }

        return sum / TwoPow53 - 6m;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
