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
    private TicPiece? _piece;
    private CancellationToken _pieceCancellation;

    /// <summary>Parses one piece (<c>[</c> elements <c>]</c>) into its results.</summary>
    public static void ParsePiece(JsonTokenStream json, TicPiece piece, CancellationToken cancellationToken)
    {
        using var parser = new TicFileParser(json, NoOutput.Instance)
        {
            _pieceResults = piece.Results,
            _piece = piece,
            _pieceCancellation = cancellationToken,
        };
        json.ReadStartArrayOrNull();
        while (json.NextElement())
        {
            switch (piece.Kind)
            {
                case TicPieceKind.InNetwork: parser.ReadItem(); break;
                case TicPieceKind.ProviderReferences: parser.ReadProviderReference(); break;
                default: piece.Results.Add(parser.ReadEntry(), cancellationToken); break;
            }
        }
    }

    // On an item's negotiated_rates '[' in an in_network piece: were its elements cut out into pieces of their own?
    private bool IsCutRates() => _piece is not null && _piece.IsCut(json.TokenOffset);

    // The cut array reads as [] here; the merge takes its pieces when it reaches this point of the results. Entries
    // held so far (facts still unknown) go first, so the merge holds everything in file order.
    private void HandOverCutRates(TicItem? item, List<TicRateEntry> held)
    {
        foreach (var entry in held)
        {
            _pieceResults!.Add(new TicHeldEntry(entry), _pieceCancellation);
        }

        held.Clear();
        _pieceResults!.Add(new TicItemCut(item), _pieceCancellation);
        if (json.NextElement())
        {
            throw json.Error("the parallel reader's piece has elements in a cut negotiated_rates");
        }
    }

    private void EndCutItem(TicItem item, List<TicRateEntry> held, List<string> contained, int localPriceCount)
    {
        foreach (var entry in held)
        {
            _pieceResults!.Add(new TicHeldEntry(entry), _pieceCancellation);
        }

        _pieceResults!.Add(new TicItemCutEnd(item, contained, localPriceCount), _pieceCancellation);
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
            TicCutItem? cutItem = null;
            foreach (var result in piece.Results.GetConsumingEnumerable(pieces.CancellationToken))
            {
                switch (result)
                {
                    case TicParsedEntry parsed: Route(parsed.Item, parsed.Entry); break;
                    case TicArrangement arrangement: Route(arrangement); break;
                    case TicParsedReference reference: AddReference(reference, referenceIndex++); break;
                    case TicHeldEntry heldEntry: (cutItem ??= new TicCutItem(null)).Held.Add(heldEntry.Entry); break;
                    case TicItemCut itemCut:
                        cutItem ??= new TicCutItem(itemCut.Item);
                        cutItem.Item = itemCut.Item;
                        ReadCutRates(cutItem);
                        break;
                    case TicItemCutEnd end:
                        EndCutItem(cutItem!, end);
                        cutItem = null;
                        break;
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

    // A big item's negotiated_rates, in its own pieces: entries stream when the item's facts were known, as in one pass.
    private void ReadCutRates(TicCutItem cut)
    {
        while (pieces!.Next() is { } piece)
        {
            if (piece.Kind != TicPieceKind.NegotiatedRates)
            {
                throw new InvalidOperationException($"the parallel reader expected a piece of negotiated_rates but got {piece.Kind}");
            }

            foreach (var result in piece.Results.GetConsumingEnumerable(pieces.CancellationToken))
            {
                switch (result)
                {
                    case TicRateEntry entry:
                        cut.PriceCount += entry.Prices.Count;
                        if (cut.Item is null)
                        {
                            cut.Held.Add(entry);
                        }
                        else
                        {
                            Route(cut.Item, entry);
                        }

                        break;
                    case ExceptionDispatchInfo error: error.Throw(); break;
                }
            }

            if (piece.IsLast)
            {
                return;
            }
        }
    }

    private void EndCutItem(TicCutItem cut, TicItemCutEnd end)
    {
        foreach (var entry in cut.Held)
        {
            Route(end.Item, entry);
        }

        if (!end.Item.IsFeeForService)
        {
            Route(new TicArrangement(end.Item.Arrangement, end.Item.BillingCode, end.Item.BillingCodeType, end.ContainedCodes, cut.PriceCount + end.LocalPriceCount));
        }
    }

    // What the merge knows of an item whose negotiated_rates was cut, until its end arrives.
    private sealed class TicCutItem(TicItem? item)
    {
        public TicItem? Item { get; set; } = item;

        public List<TicRateEntry> Held { get; } = [];

        public int PriceCount { get; set; }
    }

    private void AddReference(TicParsedReference reference, int index)
    {
        if (!_references.TryAdd(reference.Id, reference.ProviderKeys, reference.RemoteLocation))
        {
            throw new IngestionException(json.SourceName, $"byte {reference.EndOffset}, $.provider_references[{index}]", $"duplicate provider_group_id {reference.Id}");
        }
    }
}
