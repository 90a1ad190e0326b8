using System.Collections.Concurrent;

namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// A run of consecutive elements of <c>in_network</c> or <c>provider_references</c>, cut out by the
/// <see cref="TicSplitter"/> and parsed on its own: its text is the elements wrapped in <c>[</c> <c>]</c>, and
/// what its parser finds waits in <see cref="Results"/> until the merging thread reaches the piece.
/// </summary>
internal sealed class TicPiece(TicPieceKind kind, JsonTokenOrigin origin, BytePipe text, int resultCapacity)
{
    public TicPieceKind Kind { get; } = kind;

    /// <summary>Where the piece's text sits in the file (its <c>[</c> stands at the offset of the real <c>[</c> or cutting comma).</summary>
    public JsonTokenOrigin Origin { get; } = origin;

    /// <summary>The piece's text, written by the splitter while the parser reads it.</summary>
    public BytePipe Text { get; } = text;

    /// <summary>True for the array's last piece: the merging thread then goes back to the root.</summary>
    public bool IsLast { get; set; }

    /// <summary>
    /// In file order: <see cref="TicParsedEntry"/>, <see cref="TicArrangement"/>, <see cref="TicParsedReference"/>, and at
    /// most one <see cref="System.Runtime.ExceptionServices.ExceptionDispatchInfo"/> (the piece's first error), then completion.
    /// Bounded, so a piece the merge has not reached yet holds a few thousand results at most.
    /// </summary>
    public BlockingCollection<object> Results { get; } = new(resultCapacity);
}
