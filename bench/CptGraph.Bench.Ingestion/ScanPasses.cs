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

    public static Measurement RawTokenScan(string path)
    {
        var clock = Stopwatch.StartNew();
        using var file = OpenPlain(path);
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

        return new Measurement("raw Utf8JsonReader scan", bytes, clock.Elapsed, Environment.WorkingSet, $"{tokens:N0} tokens");
    }

    public static Measurement DecompressOnly(string path)
    {
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

        return new Measurement("gzip decompression only", bytes, clock.Elapsed, Environment.WorkingSet);
    }

    /// <summary>The parser and its rules with nothing stored: how much of the gap the database accounts for.</summary>
    public static Measurement ParseOnly(string path, long jsonBytes)
    {
        var clock = Stopwatch.StartNew();
        var sink = new CountingSink();
        new TicInNetworkReader().ReadFile(path, sink);
        return new Measurement("parse only (no database)", jsonBytes, clock.Elapsed, Environment.WorkingSet, $"{sink.Rates:N0} rates");
    }

    private static Stream OpenPlain(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
}
