using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// Reads one in-network file on every core: the <see cref="TicSplitter"/> (with the gzip decompression, when there is
/// one) runs on its own thread and hands pieces of the two big root arrays to one parser per core; the calling thread
/// parses the skeleton with the same <see cref="TicFileParser"/> as a one-pass read and, at each cut array, takes the
/// pieces' results in file order. So the sink sees exactly what the sequential reader reports, in the same order,
/// and an error carries the same byte offset and JSON path.
/// </summary>
internal static class TicParallelReader
{
    public static void Read(
        Stream input,
        string sourceName,
        ITicRateSink sink,
        TicProviderReferences references,
        int bufferSize,
        long spillThresholdBytes,
        int parsers,
        TicSplitterOptions options)
    {
        using var stop = new CancellationTokenSource();
        var token = stop.Token;
        var compressed = input as GzipInput;

        // At most one piece per parser plus one being filled: memory stays a few pieces whatever the file size.
        using var ordered = new BlockingCollection<TicPiece>(parsers + 1);
        using var toParse = new BlockingCollection<TicPiece>();
        using var skeleton = new BytePipe(long.MaxValue, token);
        var splitter = new TicSplitter(input, compressed, skeleton, piece =>
        {
            ordered.Add(piece, token);
            toParse.Add(piece, token);
        }, options, token);

        var threads = new List<Thread>
        {
            new(() =>
            {
                try
                {
                    splitter.Run();
                }
                finally
                {
                    ordered.CompleteAdding();
                    toParse.CompleteAdding();
                }
            }) { IsBackground = true, Name = "tic-splitter" },
        };
        // One parser more than asked: an in_network piece whose big item was cut waits (idle) for the item's end.
        for (int i = 0; i <= parsers; i++)
        {
            threads.Add(new Thread(() => ParsePieces(toParse, sourceName, bufferSize, token)) { IsBackground = true, Name = $"tic-parser-{i}" });
        }

        foreach (var thread in threads)
        {
            thread.Start();
        }

        try
        {
            var origin = JsonTokenOrigin.WholeFile with { Compressed = compressed, OffsetMap = splitter.SkeletonToFile };
            using var json = new JsonTokenStream(skeleton, sourceName, bufferSize, origin);
            using var parser = new TicFileParser(json, sink, references, spillThresholdBytes, new TicPieceQueue(ordered, token));
            parser.Parse();
        }
        finally
        {
            // Whatever ended the merge (the end of the file or an error), the other threads stop and are waited for.
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            foreach (var piece in ordered)
            {
                piece.Text.Dispose();
            }
        }
    }

    private static void ParsePieces(BlockingCollection<TicPiece> toParse, string sourceName, int bufferSize, CancellationToken token)
    {
        try
        {
            foreach (var piece in toParse.GetConsumingEnumerable(token))
            {
                Parse(piece, sourceName, bufferSize, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private static void Parse(TicPiece piece, string sourceName, int bufferSize, CancellationToken token)
    {
        try
        {
            using var json = new JsonTokenStream(piece.Text, sourceName, bufferSize, piece.Origin);
            TicFileParser.ParsePiece(json, piece, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            piece.Results.Add(ExceptionDispatchInfo.Capture(e), token);
        }
        finally
        {
            piece.Results.CompleteAdding();
            piece.Text.Dispose();
        }
    }
}
