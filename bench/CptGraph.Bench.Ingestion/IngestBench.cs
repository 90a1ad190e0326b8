using System.Globalization;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Bench.Ingestion;

/// <summary>Runs the passes on one file and prints MB/s of uncompressed JSON, the ratios and peak RSS.</summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var path = await BenchFile.EnsureAsync(options, output, cancellationToken);
        var plain = options.Gzip ? path[..^3] : path;
        var raw = ScanPasses.RawTokenScan(plain);
        var passes = new List<Measurement> { raw };
        var limit = raw;
        if (options.Gzip)
        {
            passes.Add(ScanPasses.DecompressOnly(path));
            limit = ScanPasses.RawTokenScanThroughGzip(path);
            passes.Add(limit);
        }

        passes.Add(ScanPasses.ParseOnly(path, raw.JsonBytes, parsers: 1));
        passes.Add(ScanPasses.ParseOnly(path, raw.JsonBytes, TicInNetworkReader.DefaultParsers));
        var ingest = await CliIngestPass.RunAsync(options, path, raw.JsonBytes, cancellationToken);
        passes.Add(ingest);

        await output.WriteLineAsync($"file: {path} ({new FileInfo(path).Length / 1e6:F1} MB on disk, {raw.JsonBytes / 1e6:F1} MB JSON), {Environment.ProcessorCount} cores");
        await output.WriteLineAsync($"{"pass",-36} {"seconds",9} {"MB/s",9} {"x " + limit.Name,30} {"peak RSS MB",12}");
        foreach (var pass in passes)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{pass.Name,-36} {pass.Elapsed.TotalSeconds,9:F2} {pass.MegabytesPerSecond,9:F1} {pass.MegabytesPerSecond / limit.MegabytesPerSecond,30:P1} {pass.PeakRssBytes / 1e6,12:F1}"));
        }

        var ratio = ingest.MegabytesPerSecond / limit.MegabytesPerSecond;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"ratio ingest / {limit.Name}: {ratio:P1} (target 70%)"));
        await output.WriteLineAsync($"ingest result: {ingest.Detail}");
        if (options.MaxIngestRssBytes is { } bound)
        {
            // Megabytes as the table prints them (10^6 bytes), so the check and the figure agree.
            var within = ingest.PeakRssBytes <= bound;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"peak RSS bound: full ingest {ingest.PeakRssBytes / 1e6:F1} MB {(within ? "<=" : ">")} {bound / 1e6:F0} MB: {(within ? "PASS" : "FAIL")}"));
            return within ? 0 : 1;
        }

        return 0;
    }
}
