using System.Globalization;

namespace CptGraph.Bench.Ingestion;

/// <summary>Command line: <c>--size 1GB [--gzip] [--work DIR] [--server DLL]</c>.</summary>
internal sealed record BenchOptions(long TargetBytes, bool Gzip, string WorkDirectory, string ServerDll)
{
    public static BenchOptions Parse(string[] args)
    {
        long size = 100L << 20;
        var gzip = false;
        var work = Path.Combine(Path.GetTempPath(), "cptgraph-bench");
        var server = Path.Combine(RepositoryRoot(), "src", "CptGraph.Server", "bin", "Release", "net10.0", "CptGraph.Server.dll");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--size": size = ParseSize(args[++i]); break;
                case "--gzip": gzip = true; break;
                case "--work": work = args[++i]; break;
                case "--server": server = args[++i]; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}' (expected --size N[MB|GB], --gzip, --work DIR, --server DLL)");
            }
        }

        return new BenchOptions(size, gzip, work, server);
    }

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
