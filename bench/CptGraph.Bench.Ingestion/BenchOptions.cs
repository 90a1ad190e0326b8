using System.Globalization;

namespace CptGraph.Bench.Ingestion;

/// <summary>
/// Command line: <c>[--shape demo|one-code-refs-last|one-code-refs-first|many-codes] [--size 1GB] [--refs 3000000]
/// [--codes 5000 --per-code 200] [--gzip] [--work DIR] [--server DLL] [--max-rss-mb 256]</c>. With
/// <c>--max-rss-mb</c> the run exits 1 when the full ingest's peak RSS passes the bound (the 256 MB).
/// </summary>
internal sealed record BenchOptions(
    BenchShape Shape,
    long TargetBytes,
    int References,
    int Codes,
    int PerCode,
    bool Gzip,
    string WorkDirectory,
    string ServerDll,
    long? MaxIngestRssBytes = null)
{
    public static BenchOptions Parse(string[] args)
    {
        var shape = BenchShape.Demo;
        long size = 100L << 20;
        int references = 3_000_000, codes = 5_000, perCode = 200;
        var gzip = false;
        long? maxRss = null;
        var work = Path.Combine(Path.GetTempPath(), "cptgraph-bench");
        var server = Path.Combine(RepositoryRoot(), "src", "CptGraph.Server", "bin", "Release", "net10.0", "CptGraph.Server.dll");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shape": shape = ParseShape(args[++i]); break;
                case "--size": size = ParseSize(args[++i]); break;
                case "--refs": references = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--codes": codes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--per-code": perCode = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--gzip": gzip = true; break;
                case "--work": work = args[++i]; break;
                case "--server": server = args[++i]; break;
                case "--max-rss-mb": maxRss = long.Parse(args[++i], CultureInfo.InvariantCulture) * 1_000_000; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}' (expected --shape, --size N[MB|GB], --refs N, --codes N, --per-code N, --gzip, --work DIR, --server DLL, --max-rss-mb N)");
            }
        }

        return new BenchOptions(shape, size, references, codes, perCode, gzip, work, server, maxRss);
    }

    private static BenchShape ParseShape(string text) => text switch
    {
        "demo" => BenchShape.Demo,
        "one-code-refs-last" => BenchShape.OneCodeRefsLast,
        "one-code-refs-first" => BenchShape.OneCodeRefsFirst,
        "many-codes" => BenchShape.ManyCodes,
        _ => throw new ArgumentException($"unknown shape '{text}' (expected demo, one-code-refs-last, one-code-refs-first, many-codes)"),
    };

    private static long ParseSize(string text)
    {
        var upper = text.ToUpperInvariant();
        var (digits, unit) = upper.EndsWith("GB", StringComparison.Ordinal) ? (upper[..^2], 1L << 30)
            : upper.EndsWith("MB", StringComparison.Ordinal) ? (upper[..^2], 1L << 20)
            : (upper, 1L);
        return (long)(decimal.Parse(digits, CultureInfo.InvariantCulture) * unit);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CptGraph.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
