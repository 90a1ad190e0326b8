using System.Globalization;

namespace CptGraph.Bench.Api;

/// <summary>Prints the figures and the ratios the targets are stated in.</summary>
public static class BenchReport
{
    // The keys of the results: which endpoint on which store served the run.
    public const string GraphQL = "graphql";
    public const string Handwritten = "handwritten";
    public const string GraphQLSmall = "graphql-small";
    public const string Postgres1 = "graphql-postgres-1";
    public const string Postgres2 = "graphql-postgres-2";

    public static void Print(TextWriter output, BenchOptions options, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<(string Endpoint, string Query), WrkResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"wrk -t{options.Threads} -c{options.Connections} -d{options.Seconds}s --timeout 10s (after {options.WarmupSeconds}s warm-up), {Environment.ProcessorCount} cores");
        output.WriteLine("n/a: no request finished within the run (each took longer than wrk's 10 s timeout).");
        output.WriteLine("SQL statements/request: growth of the servers' cptgraph_db_commands_total{origin=\"request\"} over the run / " +
            "growth of their cptgraph_graphql_operations_total for the query (—: the hand-written endpoint, one SQLite command per request batching its SELECTs).");
        output.WriteLine("store (replicas): postgres (2) is two server processes on one database, wrk's threads and connections split evenly between them.");
        output.WriteLine();
        output.WriteLine("| query | endpoint | store (replicas) | codes | req/s | p50 ms | p99 ms | errors | server CPU ms/request | SQL statements/request |");
        output.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var rows = new[]
        {
            (GraphQL, options.Codes), (Handwritten, options.Codes), (GraphQLSmall, options.SmallCodes),
            (Postgres1, options.Codes), (Postgres2, options.Codes),
        };
        foreach (var query in queries)
        {
            foreach (var (endpoint, codes) in rows)
            {
                if (results.TryGetValue((endpoint, query.Name), out var r))
                {
                    output.WriteLine(string.Format(c, "| {0} | {1} | {2} | {3} | {4:F1} | {5} | {6} | {7} | {8:F3} | {9} |", query.Name,
                        endpoint == Handwritten ? "handwritten" : "graphql", Store(endpoint), codes,
                        r.RequestsPerSecond, Figure(r.P50, r), Figure(r.P99, r), r.Errors, r.ServerCpuMsPerRequest, Statements(r)));
                }
            }
        }

        output.WriteLine();
        output.WriteLine("| query | GraphQL / hand-written req/s (target >= 0.50) | GraphQL / hand-written p99 (target <= 2) | p50 at " +
            $"{options.Codes} / p50 at {options.SmallCodes} codes (target <= 1.2) | GraphQL / hand-written server CPU per request (target <= 2.5) |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            var graphql = results[(GraphQL, query.Name)];
            var handwritten = results[(Handwritten, query.Name)];
            var small = results[(GraphQLSmall, query.Name)];
            output.WriteLine(string.Format(c, "| {0} | {1:F2} | {2} | {3} | {4:F2} |", query.Name,
                graphql.RequestsPerSecond / handwritten.RequestsPerSecond,
                Ratio(graphql, handwritten, r => r.P99), Ratio(graphql, small, r => r.P50),
                graphql.ServerCpuMsPerRequest / handwritten.ServerCpuMsPerRequest));
        }
    }

    /// <summary>The analyst requests (no hand-written counterpart), on the large database.</summary>
    public static void PrintGraphQLOnly(TextWriter output, BenchOptions options, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<(string Endpoint, string Query), WrkResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        foreach (var batch in queries.Where(q => q.IsBatch))
        {
            output.WriteLine($"{batch.Name}: wrk -c{options.BatchConnections} (a batch upload: --batch-connections), the others -c{options.Connections}.");
        }

        output.WriteLine("| analyst query (GraphQL only) | store (replicas) | codes | req/s | p50 ms | p99 ms | errors | server CPU ms/request | SQL statements/request |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            foreach (var endpoint in new[] { GraphQL, Postgres1, Postgres2 })
            {
                if (results.TryGetValue((endpoint, query.Name), out var r))
                {
                    output.WriteLine(string.Format(c, "| {0} | {1} | {2} | {3:F1} | {4} | {5} | {6} | {7:F3} | {8} |", query.Name, Store(endpoint), options.Codes,
                        r.RequestsPerSecond, Figure(r.P50, r), Figure(r.P99, r), r.Errors, r.ServerCpuMsPerRequest, Statements(r)));
                }
            }
        }
    }

    private static string Store(string endpoint) => endpoint switch
    {
        Postgres1 => "postgres (1)",
        Postgres2 => "postgres (2)",
        _ => "sqlite (1)",
    };

    private static string Statements(WrkResult result) =>
        double.IsNaN(result.StatementsPerRequest) ? "—" : result.StatementsPerRequest.ToString("F2", CultureInfo.InvariantCulture);

    private static string Figure(double milliseconds, WrkResult result) =>
        result.RequestsPerSecond > 0 ? milliseconds.ToString("F2", CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(WrkResult numerator, WrkResult denominator, Func<WrkResult, double> figure) =>
        numerator.RequestsPerSecond > 0 && denominator.RequestsPerSecond > 0
            ? (figure(numerator) / figure(denominator)).ToString("F2", CultureInfo.InvariantCulture)
            : "n/a";
}
