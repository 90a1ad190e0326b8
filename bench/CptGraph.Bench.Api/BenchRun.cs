using System.Text.Json.Nodes;

namespace CptGraph.Bench.Api;

/// <summary>
/// The whole benchmark: two generated databases, the GraphQL server and the hand-written endpoint side by side on
/// the large one (same run, same load), the GraphQL server alone on the small one, then the figures and ratios
/// (of the queries <c>--only</c> names, when given: the servers a run does not need are not started).
/// </summary>
public sealed class BenchRun(BenchOptions options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        // The first query is also how a starting server is probed, measured or not.
        var all = BenchQuery.LoadAll();
        var queries = all.Where(options.Measures).ToList();
        var analystQueries = BenchQuery.LoadGraphQLOnly().Where(options.Measures).ToList();
        var wrk = new Wrk(options.WorkDirectory, options.Connections, options.Threads);
        var large = Path.Combine(options.WorkDirectory, $"bench-{options.Codes}.db");
        var small = Path.Combine(options.WorkDirectory, $"bench-{options.SmallCodes}.db");
        Console.WriteLine($"Generating {options.Codes} and {options.SmallCodes} codes x 5 payers in {options.WorkDirectory} ...");
        await BenchDatabase.CreateAsync(large, options.Codes, cancellationToken);
        if (queries.Count > 0)
        {
            await BenchDatabase.CreateAsync(small, options.SmallCodes, cancellationToken);
        }

        var results = new Dictionary<(string Endpoint, string Query), WrkResult>();
        await using (var graphql = await ChildServer.StartGraphQLAsync(large, all[0], cancellationToken))
        {
            if (queries.Count > 0)
            {
                await using var handwritten = await ChildServer.StartHandwrittenAsync(large, all[0], cancellationToken);
                foreach (var query in queries)
                {
                    Console.WriteLine($"{query.Name}: answers identical: {await CompareAsync(graphql, handwritten, query, cancellationToken)}");
                    results[("graphql", query.Name)] = await MeasureAsync(wrk, graphql, query, cancellationToken);
                    results[("handwritten", query.Name)] = await MeasureAsync(wrk, handwritten, query, cancellationToken);
                }
            }

            foreach (var query in analystQueries)
            {
                Console.WriteLine($"{query.Name}: {await DescribeAsync(graphql, query, cancellationToken)}");
                results[("graphql", query.Name)] = await MeasureAsync(wrk, graphql, query, cancellationToken);
            }
        }

        if (queries.Count > 0)
        {
            await using var graphqlSmall = await ChildServer.StartGraphQLAsync(small, all[0], cancellationToken);
            foreach (var query in queries)
            {
                results[("graphql-small", query.Name)] = await MeasureAsync(wrk, graphqlSmall, query, cancellationToken);
            }
        }

        BenchReport.Print(Console.Out, options, queries, results);
        BenchReport.PrintGraphQLOnly(Console.Out, options, analystQueries, results);
        return 0;
    }

    private async Task<WrkResult> MeasureAsync(Wrk wrk, ChildServer server, BenchQuery query, CancellationToken cancellationToken)
    {
        await wrk.RunAsync(server.GraphQLUrl, query, TimeSpan.FromSeconds(options.WarmupSeconds), cancellationToken);
        var cpuBefore = server.CpuTime;
        var result = await wrk.RunAsync(server.GraphQLUrl, query, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
        var cpu = server.CpuTime - cpuBefore;
        return result with { ServerCpuMsPerRequest = result.Requests > 0 ? cpu.TotalMilliseconds / result.Requests : double.NaN };
    }

    private static async Task<string> CompareAsync(ChildServer graphql, ChildServer handwritten, BenchQuery query, CancellationToken cancellationToken)
    {
        var expected = JsonNode.Parse(await graphql.PostAsync(query, cancellationToken))!.ToJsonString();
        var actual = JsonNode.Parse(await handwritten.PostAsync(query, cancellationToken))!.ToJsonString();
        if (expected == actual)
        {
            return $"yes ({expected.Length} bytes)";
        }

        var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        return $"NO, first difference at character {at}: graphql '{Excerpt(expected, at)}' vs hand-written '{Excerpt(actual, at)}'";
    }

    /// <summary>A GraphQL-only answer has nothing to compare with: say it has data and no errors (else the bench is void).</summary>
    private static async Task<string> DescribeAsync(ChildServer graphql, BenchQuery query, CancellationToken cancellationToken)
    {
        var answer = JsonNode.Parse(await graphql.PostAsync(query, cancellationToken))!;
        return answer["errors"] is { } errors
            ? $"ERRORS {errors.ToJsonString()[..Math.Min(300, errors.ToJsonString().Length)]}"
            : $"answered ({answer.ToJsonString().Length} bytes, no errors)";
    }

    private static string Excerpt(string json, int at) => json.Substring(Math.Max(0, at - 40), Math.Min(80, json.Length - Math.Max(0, at - 40)));
}
