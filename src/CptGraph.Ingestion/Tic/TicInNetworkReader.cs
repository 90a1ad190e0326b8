using CptGraph.Ingestion.Tic.Remote;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Reads a Transparency in Coverage in-network-rates file (schema 1.x or 2.x, plain or gzip) in one
/// streaming pass and reports what it finds to an <see cref="ITicRateSink"/>, applying the rules in
/// <c>Tic/NORMALISATION.md</c>. Never holds the whole file: memory grows only with one item's entries, or
/// with what must wait for late root fields or late <c>provider_references</c>.
/// </summary>
/// <param name="bufferSize">The initial read buffer; tests pass a tiny one so refills land on every token.</param>
/// <param name="spillThresholdBytes">Held entries past this estimated size go to a temporary file, not RAM.</param>
public sealed class TicInNetworkReader(int bufferSize = JsonTokenStream.DefaultBufferSize, long spillThresholdBytes = TicPendingBuffer.DefaultSpillThresholdBytes)
{
    /// <summary>Reads one file from <paramref name="stream"/>, which the caller keeps ownership of.</summary>
    /// <param name="stream">The file's bytes; gzip is detected by its magic bytes, not its name.</param>
    /// <param name="sourceName">The file or URL, named in every error.</param>
    /// <param name="sink">Receives the header, then rates, arrangements and rejection counts.</param>
    /// <param name="remote">Fetches remote provider references (v1 <c>location</c>); without it their rates are unresolved.</param>
    /// <exception cref="IngestionException">Malformed, truncated or unsupported input, or a value the rules reject outright.</exception>
    public void Read(Stream stream, string sourceName, ITicRateSink sink, RemoteProviderReferences? remote = null)
    {
        using Stream input = TicInput.Open(stream, sourceName);
        using var json = new JsonTokenStream(input, sourceName, bufferSize);
        using var parser = new TicFileParser(json, sink, new TicProviderReferences(remote), spillThresholdBytes);
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
