namespace CptGraph.Server.Health;

/// <summary>When the server gives memory back after a burst (docs/limits.md, "Memory after a storm").</summary>
public sealed class MemorySettleOptions
{
    public const string SectionName = "Limits:MemorySettle";

    /// <summary>How often the heap is looked at; also the least time between two settling collections. 0 turns it off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How much committed-but-unused heap (fragmentation, free regions) justifies a compacting collection.</summary>
    public long MinReclaimableBytes { get; set; } = 64L * 1024 * 1024;
}
