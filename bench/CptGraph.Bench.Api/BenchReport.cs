using System.Globalization;

namespace CptGraph.Bench.Api;

/// <summary>Prints the figures and the ratios the targets are stated in.</summary>
public static class BenchReport
{
    public static void Print(TextWriter output, BenchOptions options, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<(string Endpoint, string Query), WrkResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"wrk -t{options.Threads} -c{options.Connections} -d{options.Seconds}s (after {options.WarmupSeconds}s warm-up), {Environment.ProcessorCount} cores");
        output.WriteLine();
        output.WriteLine("| query | endpoint | codes | req/s | p50 ms | p99 ms | errors |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            foreach (var (endpoint, codes) in new[] { ("graphql", options.Codes), ("handwritten", options.Codes), ("graphql-small", options.SmallCodes) })
            {
                var r = results[(endpoint, query.Name)];
                output.WriteLine(string.Format(c, "| {0} | {1} | {2} | {3:F0} | {4:F2} | {5:F2} | {6} |", query.Name, endpoint.Replace("-small", ""), codes, r.RequestsPerSecond, r.P50, r.P99, r.Errors));
            }
        }

        output.WriteLine();
        output.WriteLine("| query | GraphQL / hand-written req/s (target >= 0.50) | GraphQL / hand-written p99 (target <= 2) | p50 at " +
            $"{options.Codes} / p50 at {options.SmallCodes} codes (target <= 1.2) |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var query in queries)
        {
            var graphql = results[("graphql", query.Name)];
            var handwritten = results[("handwritten", query.Name)];
            var small = results[("graphql-small", query.Name)];
            output.WriteLine(string.Format(c, "| {0} | {1:F2} | {2:F2} | {3:F2} |", query.Name,
                graphql.RequestsPerSecond / handwritten.RequestsPerSecond, graphql.P99 / handwritten.P99, graphql.P50 / small.P50));
        }
    }
}
