namespace CptGraph.Bench.Ingestion;

/// <summary>One measured pass over the file: uncompressed JSON bytes, wall time and peak resident memory.</summary>
internal sealed record Measurement(string Name, long JsonBytes, TimeSpan Elapsed, long PeakRssBytes, string Detail = "")
{
    public double MegabytesPerSecond => JsonBytes / 1e6 / Elapsed.TotalSeconds;
}
