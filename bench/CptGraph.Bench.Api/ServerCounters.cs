using System.Globalization;
using System.Text.RegularExpressions;

namespace CptGraph.Bench.Api;

/// <summary>
/// Two of a server's own counters from one <c>/metrics</c> scrape: the SQL commands it ran for requests
/// (<c>cptgraph_db_commands_total{origin="request"}</c>; the live outbox's polls are counted under another origin) and
/// the GraphQL operations of one name it executed (<c>cptgraph_graphql_operations_total{operation=…}</c>, every
/// transport and outcome).
/// </summary>
public readonly partial record struct ServerCounters(long Statements, long Operations)
{
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(10);

    public static ServerCounters operator -(ServerCounters after, ServerCounters before) =>
        new(after.Statements - before.Statements, after.Operations - before.Operations);

    public static ServerCounters operator +(ServerCounters left, ServerCounters right) =>
        new(left.Statements + right.Statements, left.Operations + right.Operations);

    public static async Task<ServerCounters> ReadAsync(ChildServer server, string operationName, CancellationToken cancellationToken)
    {
        var scrape = await server.ScrapeMetricsAsync(cancellationToken);
        var statements = RequestStatements().Match(scrape) is { Success: true } match ? Number(match) : 0;
        var operations = Regex.Matches(scrape, $@"^cptgraph_graphql_operations(?:_total)?\{{[^}}]*operation=""{Regex.Escape(operationName)}""[^}}]*\}} (\d+)", RegexOptions.Multiline)
            .Sum(Number);
        return new ServerCounters(statements, operations);
    }

    /// <summary>
    /// The counters once the server has settled: when wrk stops, the requests it leaves in flight still run on the server,
    /// so two scrapes in a row must agree (bounded by <see cref="QuietFor"/>) before the counts stand for finished requests.
    /// </summary>
    public static async Task<ServerCounters> ReadWhenQuietAsync(ChildServer server, string operationName, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var previous = await ReadAsync(server, operationName, cancellationToken);
        while (true)
        {
            var current = await ReadAsync(server, operationName, cancellationToken);
            if (current == previous || clock.Elapsed > QuietFor)
            {
                return current;
            }

            previous = current;
        }
    }

    private static long Number(Match match) => long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^cptgraph_db_commands(?:_total)?\{[^}]*origin=""request""[^}]*\} (\d+)", RegexOptions.Multiline)]
    private static partial Regex RequestStatements();
}
