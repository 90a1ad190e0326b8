namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Holds rate entries and arrangements that cannot be sent yet (the header fields or
/// <c>provider_references</c> come after <c>in_network</c>), in file order. Past a size threshold everything
/// held goes to a temporary spill file instead of memory, so a 300 GB file with its references at the end
/// needs no more RAM than one with them at the start.
/// </summary>
internal sealed class TicPendingBuffer(long spillThresholdBytes = TicPendingBuffer.DefaultSpillThresholdBytes) : IDisposable
{
    /// <summary>Estimated bytes held in memory before spilling starts.</summary>
    public const long DefaultSpillThresholdBytes = 16L << 20;

    // In file order, so a deferred file reaches the sink in the same order a streamed one would.
    private readonly List<(TicItem? Item, TicRateEntry? Entry, TicArrangement? Arrangement)> _held = [];
    private long _heldBytes;
    private TicSpillFile? _spill;

    public void Add(TicItem item, TicRateEntry entry)
    {
        if (_spill is not null)
        {
            _spill.Write(item, entry);
            return;
        }

        _held.Add((item, entry, null));
        _heldBytes += EstimateBytes(entry);
        SpillIfOverThreshold();
    }

    public void Add(TicArrangement arrangement)
    {
        if (_spill is not null)
        {
            _spill.Write(arrangement);
            return;
        }

        _held.Add((null, null, arrangement));
        _heldBytes += 256;
        SpillIfOverThreshold();
    }

    public void Flush(TicRateNormaliser normaliser, TicProviderReferences references)
    {
        foreach (var (item, entry, arrangement) in _held)
        {
            Send(normaliser, references, item, entry, arrangement);
        }

        _held.Clear();
        _heldBytes = 0;
        if (_spill is not null)
        {
            foreach (var (item, entry, arrangement) in _spill.ReadAll())
            {
                Send(normaliser, references, item, entry, arrangement);
            }

            _spill.Dispose();
            _spill = null;
        }
    }

    public void Dispose() => _spill?.Dispose();

    private static void Send(TicRateNormaliser normaliser, TicProviderReferences references, TicItem? item, TicRateEntry? entry, TicArrangement? arrangement)
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

    private void SpillIfOverThreshold()
    {
        if (_heldBytes <= spillThresholdBytes)
        {
            return;
        }

        // Memory first, then the file: the spill file keeps everything from here on, in file order.
        _spill = TicSpillFile.Create();
        foreach (var (item, entry, arrangement) in _held)
        {
            if (arrangement is not null)
            {
                _spill.Write(arrangement);
            }
            else
            {
                _spill.Write(item!, entry!);
            }
        }

        _held.Clear();
        _heldBytes = 0;
    }

    // A rough size of the objects behind an entry: strings are UTF-16 plus headers, prices ~100 bytes each.
    private static long EstimateBytes(TicRateEntry entry)
    {
        long bytes = 96 + entry.Prices.Count * 112;
        foreach (var key in entry.ProviderKeys)
        {
            bytes += 40 + key.Length * 2;
        }

        foreach (var id in entry.ReferenceIds)
        {
            bytes += 40 + id.Length * 2;
        }

        return bytes;
    }
}
