using System.Globalization;

namespace CptGraph.Bench.Api;

/// <summary>
/// The bench's command line: <c>[--codes 10000] [--small-codes 100] [--seconds 10] [--warmup 3] [--connections 64] [--threads 2]
/// [--work DIR] [--only a-code-page,f-state-cut-page]</c>; <c>--only</c> measures just the queries named (all when omitted).
/// </summary>
public sealed record BenchOptions(int Codes, int SmallCodes, int Seconds, int WarmupSeconds, int Connections, int Threads, string WorkDirectory,
    IReadOnlySet<string> Only)
{
    /// <summary>Whether <paramref name="query"/> is measured.</summary>
    public bool Measures(BenchQuery query) => Only.Count == 0 || Only.Contains(query.Name);

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
            Value("--work") ?? Path.Combine(Path.GetTempPath(), "cptgraph-bench"),
            Names(Value("--only")));
    }

    private static HashSet<string> Names(string? names)
    {
        var only = (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = only.Except(BenchQuery.Names.Concat(BenchQuery.GraphQLOnlyNames)).ToList();
        return unknown.Count == 0 ? only
            : throw new ArgumentException($"--only: no query named {string.Join(", ", unknown)} (queries: {string.Join(", ", BenchQuery.Names.Concat(BenchQuery.GraphQLOnlyNames))}).");
    }

    /// <summary>The value after <paramref name="name"/> in a serve verb's arguments.</summary>
    public static string Required(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} is required.");
    }
}
