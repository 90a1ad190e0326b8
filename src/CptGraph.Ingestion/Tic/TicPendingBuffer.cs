namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Holds output that cannot be sent yet — everything while the header is incomplete, and entries that name
/// provider references while <c>provider_references</c> has not been read — until the end of the file.
/// Kept in memory for now; this is the one class to swap for a disk spill when files need it.
/// </summary>
internal sealed class TicPendingBuffer
{
    // In file order, so a deferred file reaches the sink in the same order a streamed one would.
    private readonly List<(TicItem? Item, TicRateEntry? Entry, TicArrangement? Arrangement)> _held = [];

    public void Add(TicItem item, TicRateEntry entry) => _held.Add((item, entry, null));

    public void Add(TicArrangement arrangement) => _held.Add((null, null, arrangement));

    /// <summary>Sends everything held through <paramref name="normaliser"/> and empties the buffer.</summary>
    public void Flush(TicRateNormaliser normaliser, TicProviderReferences references)
    {
        foreach (var (item, entry, arrangement) in _held)
        {
            if (arrangement is not null)
            {
                normaliser.Arrangement(arrangement);
            }
            else
            {
                normaliser.Entry(item!, entry!, references);
            }
        }

        _held.Clear();
    }
}
