using CptGraph.Ingestion.Tic.Parallel;
using CptGraph.Ingestion.Tic.Remote;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Reads a Transparency in Coverage in-network-rates file (schema 1.x or 2.x, plain or gzip) in one
/// streaming pass and reports what it finds to an <see cref="ITicRateSink"/>, applying the rules in
/// <c>Tic/NORMALISATION.md</c>. Never holds the whole file: memory grows only with one item's entries, or
/// with what must wait for late root fields or late <c>provider_references</c>.
/// </summary>
/// <remarks>
/// With more than one parser the elements of <c>in_network</c> and <c>provider_references</c> are cut into pieces
/// and parsed on every core (see <see cref="TicParallelReader"/>); the sink sees the same calls in the same order,
/// and errors the same offsets and paths, as with one.
/// </remarks>
/// <param name="bufferSize">The initial read buffer; tests pass a tiny one so refills land on every token.</param>
/// <param name="spillThresholdBytes">Held entries, and provider groups, past this estimated size go to temporary files, not RAM.</param>
/// <param name="parsers">Element parsers running in parallel; 1 reads the file in one pass on the calling thread.</param>
/// <param name="pieceBytes">About how many bytes of elements one parallel piece holds; 0 cuts every element apart (tests).</param>
public sealed class TicInNetworkReader(
    int bufferSize = JsonTokenStream.DefaultBufferSize,
    long spillThresholdBytes = TicPendingBuffer.DefaultSpillThresholdBytes,
    int parsers = 1,
    long pieceBytes = TicInNetworkReader.DefaultPieceBytes)
{
    /// <summary>Large enough that handing a piece over costs nothing next to parsing it, small enough to keep memory flat.</summary>
    public const long DefaultPieceBytes = 1 << 20;

    // A provider group held as objects (id, list, one TIN key): about 256 bytes.
    private const long BytesPerHeldGroup = 256;

    /// <summary>The parser count the ingest uses: one per core, or a single pass on a one-core machine.</summary>
    public static int DefaultParsers => Environment.ProcessorCount;

    /// <summary>Reads one file from <paramref name="stream"/>, which the caller keeps ownership of.</summary>
    /// <param name="stream">The file's bytes; gzip is detected by its magic bytes, not its name.</param>
    /// <param name="sourceName">The file or URL, named in every error.</param>
    /// <param name="sink">Receives the header, then rates, arrangements and rejection counts.</param>
    /// <param name="remote">Fetches remote provider references (v1 <c>location</c>); without it their rates are unresolved.</param>
    /// <exception cref="IngestionException">Malformed, truncated or unsupported input, or a value the rules reject outright.</exception>
    public void Read(Stream stream, string sourceName, ITicRateSink sink, RemoteProviderReferences? remote = null)
    {
        using Stream input = TicInput.Open(stream, sourceName);
        // The reference table spills to disk on the same budget as the held entries (0, in tests: from the first group).
        using var references = new TicProviderReferences(remote, (int)Math.Min(spillThresholdBytes / BytesPerHeldGroup, int.MaxValue));
        if (parsers > 1)
        {
            var options = new TicSplitterOptions(PieceBytes: pieceBytes);
            TicParallelReader.Read(input, sourceName, sink, references, bufferSize, spillThresholdBytes, parsers, options);
            return;
        }

        using var json = new JsonTokenStream(input, sourceName, bufferSize);
        using var parser = new TicFileParser(json, sink, references, spillThresholdBytes);
        parser.Parse();
    }

    /// <summary>Reads the file at <paramref name="path"/>; errors name the path.</summary>
    public void ReadFile(string path, ITicRateSink sink)
    {
        // No FileStream buffer: JsonTokenStream (or GZipStream) already reads in large blocks.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        Read(file, path, sink);
    }
}
