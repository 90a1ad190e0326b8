using System.Globalization;

namespace CptGraph.Bench.Api;

/// <summary>Prints the figures and the ratios the targets are stated in.</summary>
public static class BenchReport
{
    public static void Print(TextWriter output, BenchOptions options, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<(string Endpoint, string Query), WrkResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"wrk -t{options.Threads} -c{options.Connections} -d{options.Seconds}s --timeout 10s (after {options.WarmupSeconds}s warm-up), {Environment.ProcessorCount} cores");
        output.WriteLine("n/a: no request finished within the run (each took longer than wrk's 10 s timeout).");
        output.WriteLine();
        output.WriteLine("| query | endpoint | codes | req/s | p50 ms | p99 ms | errors | server CPU ms/request |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            foreach (var (endpoint, codes) in new[] { ("graphql", options.Codes), ("handwritten", options.Codes), ("graphql-small", options.SmallCodes) })
            {
                var r = results[(endpoint, query.Name)];
                output.WriteLine(string.Format(c, "| {0} | {1} | {2} | {3:F1} | {4} | {5} | {6} | {7:F3} |", query.Name, endpoint.Replace("-small", ""), codes,
                    r.RequestsPerSecond, Figure(r.P50, r), Figure(r.P99, r), r.Errors, r.ServerCpuMsPerRequest));
            }
        }

        output.WriteLine();
        output.WriteLine("| query | GraphQL / hand-written req/s (target >= 0.50) | GraphQL / hand-written p99 (target <= 2) | p50 at " +
            $"{options.Codes} / p50 at {options.SmallCodes} codes (target <= 1.2) | GraphQL / hand-written server CPU per request (target <= 2.5) |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            var graphql = results[("graphql", query.Name)];
            var handwritten = results[("handwritten", query.Name)];
            var small = results[("graphql-small", query.Name)];
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
        output.WriteLine("| analyst query (GraphQL only) | codes | req/s | p50 ms | p99 ms | errors | server CPU ms/request |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            var r = results[("graphql", query.Name)];
            output.WriteLine(string.Format(c, "| {0} | {1} | {2:F1} | {3} | {4} | {5} | {6:F3} |", query.Name, options.Codes,
                r.RequestsPerSecond, Figure(r.P50, r), Figure(r.P99, r), r.Errors, r.ServerCpuMsPerRequest));
        }
    }

    private static string Figure(double milliseconds, WrkResult result) =>
        result.RequestsPerSecond > 0 ? milliseconds.ToString("F2", CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(WrkResult numerator, WrkResult denominator, Func<WrkResult, double> figure) =>
        numerator.RequestsPerSecond > 0 && denominator.RequestsPerSecond > 0
            ? (figure(numerator) / figure(denominator)).ToString("F2", CultureInfo.InvariantCulture)
            : "n/a";
}
