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
    private static (string Name, int Codes, int Providers, bool ReferencesLast) DemoShape(long targetBytes)
    {
        var codeCount = (int)Math.Clamp(targetBytes / BytesPerCode, 1, 89_999);
        return ($"bench-{codeCount}-codes", codeCount, ProviderCount, false);
    }

    // 2,000 provider groups make each in_network item about 0.4 MB, close to real payer files' item sizes.
    private const int ProviderCount = 2_000;
    private const long BytesPerCode = 422_000;

    public static async Task<string> EnsureAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        var (name, codeCount, providers, referencesLast) = options.Shape switch
        {
            BenchShape.OneCodeRefsLast => ($"bench-1-code-{options.References}-refs-last", 1, options.References, true),
            BenchShape.OneCodeRefsFirst => ($"bench-1-code-{options.References}-refs-first", 1, options.References, false),
            BenchShape.ManyCodes => ($"bench-{options.Codes}-codes-x-{options.PerCode}", options.Codes, options.PerCode, false),
            _ => DemoShape(options.TargetBytes),
        };
        var json = Path.Combine(options.WorkDirectory, name + ".json");
        if (!File.Exists(json))
        {
            await log.WriteLineAsync($"generating {json} ({codeCount} codes x {providers} providers{(referencesLast ? ", references last" : "")})");
            var codes = Enumerable.Range(0, codeCount)
                .Select(i => new DemoBaseRate((10_000 + i).ToString(CultureInfo.InvariantCulture), 20m + i % 400))
                .ToList();
            var demo = new DemoTicOptions("Bench Health Plan", new DateOnly(2026, 10, 1), codes, providers, 42, 1.6m, referencesLast);
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
