using System.Text.Json.Nodes;

namespace CptGraph.Bench.Api;

/// <summary>
/// The whole benchmark: two generated databases, the GraphQL server and the hand-written endpoint side by side on
/// the large one (same run, same load), the GraphQL server alone on the small one, with <c>--provider postgres</c> the
/// large one copied into PostgreSQL and served by one and then two replicas (<see cref="MeasurePostgresAsync"/>), then
/// the figures and ratios (of the queries <c>--only</c> names, when given: the servers and the small database a run does
/// not need are not started or generated).
/// </summary>
public sealed partial class BenchRun(BenchOptions options)
{
    private readonly Wrk wrk = new(options.WorkDirectory, options.Connections, options.Threads);
    private readonly Wrk batchWrk = new(options.WorkDirectory, options.BatchConnections, Math.Min(options.Threads, options.BatchConnections));

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        // The first query is also how a starting server is probed, measured or not.
        var all = BenchQuery.LoadAll();
        var queries = all.Where(options.Measures).ToList();
        var analystQueries = BenchQuery.LoadGraphQLOnly().Where(options.Measures).ToList();
        var large = Path.Combine(options.WorkDirectory, $"bench-{options.Codes}.db");
        var small = Path.Combine(options.WorkDirectory, $"bench-{options.SmallCodes}.db");
        Console.WriteLine($"Generating {options.Codes} and {options.SmallCodes} codes x 5 payers in {options.WorkDirectory} ...");
        await BenchDatabase.CreateAsync(large, options.Codes, cancellationToken);
        if (queries.Count > 0)
        {
            await BenchDatabase.CreateAsync(small, options.SmallCodes, cancellationToken);
        }

        var results = new Dictionary<(string Endpoint, string Query), WrkResult>();
        // The SQLite server's answers on the large database, as served: PostgreSQL's must be the same bytes.
        var answers = new Dictionary<string, byte[]>();
        await using (var graphql = await ChildServer.StartGraphQLAsync(large, all[0], cancellationToken))
        {
            if (queries.Count > 0)
            {
                await using var handwritten = await ChildServer.StartHandwrittenAsync(large, all[0], cancellationToken);
                foreach (var query in queries)
                {
                    answers[query.Name] = await graphql.PostForBytesAsync(query, cancellationToken);
                    Console.WriteLine($"{query.Name}: answers identical: {await CompareAsync(graphql, handwritten, query, cancellationToken)}; " +
                        $"SQL statements of one request: {await StatementsOfOneRequestAsync(graphql, query, cancellationToken)}");
                    results[(BenchReport.GraphQL, query.Name)] = await MeasureAsync([graphql], query, cancellationToken);
                    results[(BenchReport.Handwritten, query.Name)] = await MeasureAsync([handwritten], query, cancellationToken, countsStatements: false);
                }
            }

            foreach (var query in analystQueries)
            {
                answers[query.Name] = await graphql.PostForBytesAsync(query, cancellationToken);
                Console.WriteLine($"{query.Name}: {await DescribeAsync(graphql, query, cancellationToken)}; " +
                    $"SQL statements of one request: {await StatementsOfOneRequestAsync(graphql, query, cancellationToken)}");
                results[(BenchReport.GraphQL, query.Name)] = await MeasureAsync([graphql], query, cancellationToken);
            }
        }

        if (queries.Count > 0)
        {
            await using var graphqlSmall = await ChildServer.StartGraphQLAsync(small, all[0], cancellationToken);
            foreach (var query in queries)
            {
                results[(BenchReport.GraphQLSmall, query.Name)] = await MeasureAsync([graphqlSmall], query, cancellationToken);
            }
        }

        if (options.WithPostgres)
        {
            await MeasurePostgresAsync(large, [.. queries, .. analystQueries], answers, results, cancellationToken);
        }

        BenchReport.Print(Console.Out, options, queries, results);
        BenchReport.PrintGraphQLOnly(Console.Out, options, analystQueries, results);
        return 0;
    }

    /// <summary>
    /// One wrk run after a warm-up, against one server or several replicas sharing the load. CPU is summed over the
    /// servers for wrk's run; the SQL statements per request are the servers' own counts (<see cref="ServerCounters"/>)
    /// read before and after it, once each server is quiet: commands for requests over operations of the query's name.
    /// </summary>
    private async Task<WrkResult> MeasureAsync(
        IReadOnlyList<ChildServer> servers, BenchQuery query, CancellationToken cancellationToken, bool countsStatements = true)
    {
        var urls = servers.Select(server => server.GraphQLUrl).ToList();
        var wrk = query.IsBatch ? batchWrk : this.wrk;
        await wrk.RunAsync(urls, query, TimeSpan.FromSeconds(options.WarmupSeconds), cancellationToken);
        var before = countsStatements ? await CountersAsync(servers, query, cancellationToken) : [];
        var cpuBefore = CpuTime(servers);
        var result = await wrk.RunAsync(urls, query, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
        var cpu = CpuTime(servers) - cpuBefore;
        var counted = countsStatements
            ? (await CountersAsync(servers, query, cancellationToken)).Zip(before, (after, start) => after - start).ToList()
            : [];
        if (servers.Count > 1 && counted.Count > 0)
        {
            Console.WriteLine($"{query.Name} on {servers.Count} replicas: requests per replica {string.Join(" / ", counted.Select(c => c.Operations))}, " +
                $"SQL statements per replica {string.Join(" / ", counted.Select(c => c.Statements))}");
        }

        var total = counted.Aggregate(default(ServerCounters), (sum, one) => sum + one);
        return result with
        {
            ServerCpuMsPerRequest = result.Requests > 0 ? cpu.TotalMilliseconds / result.Requests : double.NaN,
            StatementsPerRequest = total.Operations > 0 ? (double)total.Statements / total.Operations : double.NaN,
        };
    }

    private static TimeSpan CpuTime(IReadOnlyList<ChildServer> servers) =>
        servers.Aggregate(TimeSpan.Zero, (total, server) => total + server.CpuTime);

    private static async Task<List<ServerCounters>> CountersAsync(IReadOnlyList<ChildServer> servers, BenchQuery query, CancellationToken cancellationToken)
    {
        var counters = new List<ServerCounters>();
        foreach (var server in servers)
        {
            counters.Add(await ServerCounters.ReadWhenQuietAsync(server, query.OperationName, cancellationToken));
        }

        return counters;
    }

    /// <summary>The figure the column averages, for one request alone between two scrapes.</summary>
    private static async Task<long> StatementsOfOneRequestAsync(ChildServer server, BenchQuery query, CancellationToken cancellationToken)
    {
        var before = await ServerCounters.ReadAsync(server, query.OperationName, cancellationToken);
        await server.PostAsync(query, cancellationToken);
        return (await ServerCounters.ReadAsync(server, query.OperationName, cancellationToken) - before).Statements;
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
