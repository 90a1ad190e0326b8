using System.Globalization;

namespace CptGraph.Bench.Api;

/// <summary>The bench's command line: <c>[--codes 10000] [--small-codes 100] [--seconds 10] [--warmup 3] [--connections 64] [--threads 2] [--work DIR]</c>.</summary>
public sealed record BenchOptions(int Codes, int SmallCodes, int Seconds, int WarmupSeconds, int Connections, int Threads, string WorkDirectory)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            Number("--codes", 10_000),
            Number("--small-codes", 100),
            Number("--seconds", 10),
            Number("--warmup", 3),
            Number("--connections", 64),
            Number("--threads", 2),
            Value("--work") ?? Path.Combine(Path.GetTempPath(), "cptgraph-bench"));
    }

    /// <summary>The value after <paramref name="name"/> in a serve verb's arguments.</summary>
    public static string Required(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} is required.");
    }
}
