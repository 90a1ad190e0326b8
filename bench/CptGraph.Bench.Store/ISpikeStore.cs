namespace CptGraph.Bench.Store;

/// <summary>A candidate observation store: bulk write, then the exact distribution of the one code.</summary>
internal interface ISpikeStore
{
    Task WriteAsync(IEnumerable<SpikeRow> rows);

    /// <summary>Count, P10, P25, median, P75, P90 and mean, as text for comparing candidates.</summary>
    Task<string> SummariseAsync();
}
