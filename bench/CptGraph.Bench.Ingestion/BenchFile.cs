using System.Globalization;
using System.IO.Compression;
using CptGraph.Ingestion.Demo;

namespace CptGraph.Bench.Ingestion;

/// <summary>
/// The file under test: the repo's deterministic demo generator with as many codes as the target size needs,
/// so the same size always gives the same bytes (and is reused between runs).
/// </summary>
internal static class BenchFile
{
    // 2,000 provider groups make each in_network item about 0.4 MB, close to real payer files' item sizes.
    private const int ProviderCount = 2_000;
    private const long BytesPerCode = 422_000;

    public static async Task<string> EnsureAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        var codeCount = (int)Math.Clamp(options.TargetBytes / BytesPerCode, 1, 89_999);
        var json = Path.Combine(options.WorkDirectory, $"bench-{codeCount}-codes.json");
        if (!File.Exists(json))
        {
            await log.WriteLineAsync($"generating {json} ({codeCount} codes x {ProviderCount} providers)");
            var codes = Enumerable.Range(0, codeCount)
                .Select(i => new DemoBaseRate((10_000 + i).ToString(CultureInfo.InvariantCulture), 20m + i % 400))
                .ToList();
            var demo = new DemoTicOptions("Bench Health Plan", new DateOnly(2026, 10, 1), codes, ProviderCount, 42, 1.6m);
            var partial = json + ".partial";
            await using (var file = File.Create(partial))
            {
                await DemoTicGenerator.WriteAsync(demo, file, cancellationToken);
            }

            File.Move(partial, json);
        }

        if (!options.Gzip)
        {
            return json;
        }

        var gz = json + ".gz";
        if (!File.Exists(gz))
        {
            await log.WriteLineAsync($"compressing {gz}");
            var partial = gz + ".partial";
            await using (var source = File.OpenRead(json))
            await using (var target = File.Create(partial))
            await using (var gzip = new GZipStream(target, CompressionLevel.Fastest))
            {
                await source.CopyToAsync(gzip, 1 << 20, cancellationToken);
            }

            File.Move(partial, gz);
        }

        return gz;
    }
}
