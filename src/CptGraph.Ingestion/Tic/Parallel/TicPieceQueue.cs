using System.Collections.Concurrent;

namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>The pieces in file order, as the merging thread takes them.</summary>
internal sealed class TicPieceQueue(BlockingCollection<TicPiece> ordered, CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The next piece; null when the splitter stopped without one (its failure is reported by the skeleton).</summary>
    public TicPiece? Next() => ordered.TryTake(out var piece, Timeout.Infinite, cancellationToken) ? piece : null;
}
