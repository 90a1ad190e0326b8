using System.Globalization;

namespace CptGraph.Bench.Api;

/// <summary>
/// The bench's command line: <c>[--codes 10000] [--small-codes 100] [--seconds 10] [--warmup 3] [--connections 64]
/// [--threads 2] [--batch-connections 4] [--work DIR] [--provider sqlite|postgres] [--pg-connection "Host=…"] [--only a-code-page,f-state-cut-page]</c>.
/// With <c>--provider postgres</c> the GraphQL server is also measured on PostgreSQL (1 and 2 replicas), in the bench's own
/// throwaway cluster unless <c>--pg-connection</c> names an empty database to fill. <c>--only</c> measures just the
/// queries named (all when omitted). <c>--batch-connections</c> is wrk's connection count for the batch query (the
/// 1,000-line fee schedule): one analyst's upload, not a dashboard's burst of 64.
/// </summary>
public sealed record BenchOptions(
    int Codes, int SmallCodes, int Seconds, int WarmupSeconds, int Connections, int Threads, string WorkDirectory,
    string Provider = BenchOptions.Sqlite, string? PostgresConnection = null, IReadOnlySet<string>? Only = null, int BatchConnections = 4)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public bool WithPostgres => Provider == Postgres;

    /// <summary>Whether <paramref name="query"/> is measured.</summary>
    public bool Measures(BenchQuery query) => Only is not { Count: > 0 } || Only.Contains(query.Name);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var provider = (Value("--provider") ?? Sqlite).Trim().ToLowerInvariant();
        if (provider is not (Sqlite or Postgres))
        {
            throw new ArgumentException($"--provider {provider}: use sqlite or postgres.");
        }

        var connection = Value("--pg-connection");
        if (connection is not null && provider != Postgres)
        {
            throw new ArgumentException("--pg-connection needs --provider postgres.");
        }

        return new BenchOptions(
            Number("--codes", 10_000),
            Number("--small-codes", 100),
            Number("--seconds", 10),
            Number("--warmup", 3),
            Number("--connections", 64),
            Number("--threads", 2),
            Value("--work") ?? Path.Combine(Path.GetTempPath(), "cptgraph-bench"),
            provider,
            connection,
            Names(Value("--only")),
            Number("--batch-connections", 4));
    }

    private static HashSet<string> Names(string? names)
    {
        var known = BenchQuery.Names.Concat(BenchQuery.GraphQLOnlyNames).ToList();
        var only = (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = only.Except(known).ToList();
        return unknown.Count == 0 ? only
            : throw new ArgumentException($"--only: no query named {string.Join(", ", unknown)} (queries: {string.Join(", ", known)}).");
    }

    /// <summary>The value after <paramref name="name"/> in a serve verb's arguments.</summary>
    public static string Required(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} is required.");
    }
}
