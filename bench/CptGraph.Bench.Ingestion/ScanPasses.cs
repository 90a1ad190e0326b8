using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Bench.Ingestion;

/// <summary>
/// The limits the full ingest is compared with, each in this process: a raw <see cref="Utf8JsonReader"/> token
/// scan (plain JSON) and decompression alone (gzip). Both read in 1 MiB blocks, the most favourable setting.
/// </summary>
internal static class ScanPasses
{
    private const int BlockSize = 1 << 20;

    public static Measurement RawTokenScan(string path) => TokenScan("raw Utf8JsonReader scan", path, gzip: false);

    /// <summary>The same scan over the .gz file through <see cref="GZipStream"/>: the limit for compressed input.</summary>
    public static Measurement RawTokenScanThroughGzip(string path) => TokenScan("raw scan through GZipStream", path, gzip: true);

    private static Measurement TokenScan(string name, string path, bool gzip)
    {
        PeakRss.Reset();
        var clock = Stopwatch.StartNew();
        using var plain = OpenPlain(path);
        using var file = gzip ? new GZipStream(plain, CompressionMode.Decompress) : (Stream)plain;
        var buffer = new byte[BlockSize * 2];
        var state = default(JsonReaderState);
        long tokens = 0, bytes = 0;
        int filled = 0;
        while (true)
        {
            var read = file.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            bytes += read;
            var final = read == 0;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
            while (reader.Read())
            {
                tokens++;
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            if (final)
            {
                break;
            }
        }

        return new Measurement(name, bytes, clock.Elapsed, PeakRss.Read(), $"{tokens:N0} tokens");
    }

    public static Measurement DecompressOnly(string path)
    {
        PeakRss.Reset();
        var clock = Stopwatch.StartNew();
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var buffer = new byte[BlockSize];
        long bytes = 0;
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            bytes += read;
        }

        return new Measurement("gzip decompression only", bytes, clock.Elapsed, PeakRss.Read());
    }

    /// <summary>
    /// The parser and its rules with nothing stored, with <paramref name="parsers"/> element parsers (1: one pass on one
    /// thread): how much of the gap the database accounts for, and what the parallel reader buys.
    /// </summary>
    public static Measurement ParseOnly(string path, long jsonBytes, int parsers)
    {
        PeakRss.Reset();
        var clock = Stopwatch.StartNew();
        var sink = new CountingSink();
        new TicInNetworkReader(parsers: parsers).ReadFile(path, sink);
        var name = parsers == 1 ? "parse only, sequential" : $"parse only, parallel ({parsers} parsers)";
        return new Measurement(name, jsonBytes, clock.Elapsed, PeakRss.Read(), $"{sink.Rates:N0} rates");
    }

    private static Stream OpenPlain(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
}
