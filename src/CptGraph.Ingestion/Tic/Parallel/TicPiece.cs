using System.Collections.Concurrent;

namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// A run of consecutive elements of <c>in_network</c>, <c>provider_references</c> or one big item's
/// <c>negotiated_rates</c>, cut out by the <see cref="TicSplitter"/> and parsed on its own: its text is the elements
/// wrapped in <c>[</c> <c>]</c>, and what its parser finds waits in <see cref="Results"/> until the merge reaches it.
/// </summary>
/// <remarks>
/// An in_network piece can itself have a big item's <c>negotiated_rates</c> elements taken out (see
/// <see cref="TicItemCut"/>): the splitter then records where (<see cref="IsCut"/>) and how many bytes went
/// (<see cref="FileOffset"/>), so the piece's parser still reports file offsets.
/// </remarks>
internal sealed class TicPiece
{
    private readonly List<long> _cuts = [];
    private readonly List<(long TextOffset, long Removed)> _removals = [];
    private readonly object _gate = new();
    private bool _isLast;

    public TicPiece(TicPieceKind kind, JsonTokenOrigin origin, BytePipe text, int resultCapacity)
    {
        Kind = kind;
        Origin = origin with { OffsetMap = FileOffset, EndsAtEndOfInput = () => EndsAtEndOfInput };
        Text = text;
        Results = new BlockingCollection<object>(resultCapacity);
    }

    public TicPieceKind Kind { get; }

    /// <summary>Where the piece's text sits in the file (its <c>[</c> stands at the offset of the real <c>[</c> or cutting comma).</summary>
    public JsonTokenOrigin Origin { get; }

    /// <summary>The piece's text, written by the splitter while the parser reads it.</summary>
    public BytePipe Text { get; }

    /// <summary>True when the input ended inside this piece (it has no closing bracket): a cut gzip file shows here.</summary>
    public bool EndsAtEndOfInput { get; set; }

    /// <summary>
    /// True for the array's last piece: the merge then goes back to the enclosing text. The splitter sets it before the
    /// piece's closing bracket (the merge reads it once the piece's parser has finished, on another thread).
    /// </summary>
    public bool IsLast { get => Volatile.Read(ref _isLast); set => Volatile.Write(ref _isLast, value); }

    /// <summary>
    /// In file order: <see cref="TicParsedEntry"/>, <see cref="TicArrangement"/>, <see cref="TicParsedReference"/>,
    /// <see cref="TicRateEntry"/> (negotiated_rates pieces), <see cref="TicItemCut"/>, <see cref="TicHeldEntry"/>,
    /// <see cref="TicItemCutEnd"/>, and at most one <see cref="System.Runtime.ExceptionServices.ExceptionDispatchInfo"/>
    /// (the piece's first error). Bounded, so a piece the merge has not reached yet holds a few thousand results.
    /// </summary>
    public BlockingCollection<object> Results { get; }

    /// <summary>Records that the array opening at <paramref name="textOffset"/> (an offset in this piece's text) was cut out.</summary>
    public void AddCut(long textOffset)
    {
        lock (_gate)
        {
            _cuts.Add(textOffset);
        }
    }

    /// <summary>True when the array opening at <paramref name="textOffset"/> was cut out and its elements come in their own pieces.</summary>
    public bool IsCut(long textOffset)
    {
        lock (_gate)
        {
            return _cuts.Contains(textOffset);
        }
    }

    /// <summary>Records that <paramref name="removed"/> bytes of the file are missing before <paramref name="textOffset"/>.</summary>
    public void AddRemoval(long textOffset, long removed)
    {
        lock (_gate)
        {
            _removals.Add((textOffset, (_removals.Count > 0 ? _removals[^1].Removed : 0) + removed));
        }
    }

    /// <summary>The file offset of an offset in this piece's text.</summary>
    public long FileOffset(long textOffset)
    {
        lock (_gate)
        {
            long removed = 0;
            foreach (var (offset, total) in _removals)
            {
                if (offset > textOffset)
                {
                    break;
                }

                removed = total;
            }

            return textOffset + removed;
        }
    }
}
