namespace CptGraph.Domain.Statistics.Screening;

/// <summary>
/// How many of a distribution's observations each rule flagged (one observation can fail several rules), and
/// how many distinct observations the screened distribution leaves out.
/// </summary>
public sealed class ScreeningCounts
{
    public int ZeroOrSentinel { get; set; }
    public int MedicareRatio { get; set; }
    public int LogFence { get; set; }
    public int Ghost { get; set; }

    /// <summary>Observations failing at least one rule.</summary>
    public int Excluded { get; set; }

    public static ScreeningCounts Of(IEnumerable<ScreeningFlags> flags)
    {
        var counts = new ScreeningCounts();
        foreach (var flag in flags)
        {
            counts.ZeroOrSentinel += flag.HasFlag(ScreeningFlags.ZeroOrSentinel) ? 1 : 0;
            counts.MedicareRatio += flag.HasFlag(ScreeningFlags.MedicareRatio) ? 1 : 0;
            counts.LogFence += flag.HasFlag(ScreeningFlags.LogFence) ? 1 : 0;
            counts.Ghost += flag.HasFlag(ScreeningFlags.Ghost) ? 1 : 0;
            counts.Excluded += flag != ScreeningFlags.None ? 1 : 0;
        }

        return counts;
    }
}
