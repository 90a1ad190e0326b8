using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CptGraph.Ingestion.Tic.Parallel;

namespace CptGraph.Ingestion.Tic;

// The parallel reader's two sides of the same parser: a piece's parser reads elements and hands them over as
// results instead of dispatching them; the merging parser takes those results, in file order, where the skeleton
// has the cut array, and dispatches them exactly as a one-pass read would.
internal sealed partial class TicFileParser
{
    // Set only for a piece's parser.
    private BlockingCollection<object>? _pieceResults;
    private CancellationToken _pieceCancellation;

    /// <summary>Parses one piece (<c>[</c> elements <c>]</c>) into <paramref name="results"/>.</summary>
    public static void ParsePiece(JsonTokenStream json, TicPieceKind kind, BlockingCollection<object> results, CancellationToken cancellationToken)
    {
        using var parser = new TicFileParser(json, NoOutput.Instance)
        {
            _pieceResults = results,
            _pieceCancellation = cancellationToken,
        };
        json.ReadStartArrayOrNull();
        while (json.NextElement())
        {
            if (kind == TicPieceKind.InNetwork)
            {
                parser.ReadItem();
            }
            else
            {
                parser.ReadProviderReference();
            }
        }
    }

    // The splitter cut exactly the root arrays whose key it could recognise: the ones written without escapes.
    private bool IsCut() => pieces is not null && !json.PropertyNameWasEscaped;

    private void ReadPieces(TicPieceKind kind)
    {
        while (pieces!.Next() is { } piece)
        {
            if (piece.Kind != kind)
            {
                throw new InvalidOperationException($"the parallel reader expected a piece of {kind} but got {piece.Kind}");
            }

            int referenceIndex = piece.Origin.FirstIndex;
            foreach (var result in piece.Results.GetConsumingEnumerable(pieces.CancellationToken))
            {
                switch (result)
                {
                    case TicParsedEntry parsed: Route(parsed.Item, parsed.Entry); break;
                    case TicArrangement arrangement: Route(arrangement); break;
                    case TicParsedReference reference: AddReference(reference, referenceIndex++); break;
                    case ExceptionDispatchInfo error: error.Throw(); break;
                }
            }

            if (piece.IsLast)
            {
                break;
            }
        }

        // The skeleton holds the array with its elements taken out: its closing bracket is next.
        if (json.NextElement())
        {
            throw json.Error("the parallel reader's skeleton has elements in a cut array");
        }
    }

    private void AddReference(TicParsedReference reference, int index)
    {
        if (!_references.TryAdd(reference.Id, reference.ProviderKeys, reference.RemoteLocation))
        {
            throw new IngestionException(json.SourceName, $"byte {reference.EndOffset}, $.provider_references[{index}]", $"duplicate provider_group_id {reference.Id}");
        }
    }
}
