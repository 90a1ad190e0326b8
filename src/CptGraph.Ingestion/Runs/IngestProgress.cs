using System.Diagnostics;

namespace CptGraph.Ingestion.Runs;

/// <summary>
/// A live view of one running ingest, read by progress displays on their own thread: bytes of the source
/// read so far (compressed bytes for gzip, so the ETA follows the file on disk), its size when known, and
/// the observations kept.
/// </summary>
public sealed class IngestProgress(string source, long? totalBytes, Func<long> bytesRead, Func<long> rowsKept)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public string Source { get; } = source;
    public long? TotalBytes { get; } = totalBytes;
    public long BytesRead => bytesRead();
    public long RowsKept => rowsKept();
    public TimeSpan Elapsed => _clock.Elapsed;

    public double BytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesRead / Elapsed.TotalSeconds : 0;

    /// <summary>Share of the source read, 0–1; null when the size is unknown (a URL without Content-Length).</summary>
    public double? Fraction => TotalBytes is > 0 and var total ? Math.Min(1, (double)BytesRead / total) : null;

    /// <summary>Time left at the average rate so far; null until both the size and a rate are known.</summary>
    public TimeSpan? Eta => TotalBytes is { } total && BytesPerSecond > 0
        ? TimeSpan.FromSeconds(Math.Max(0, total - BytesRead) / BytesPerSecond)
        : null;
}
