using System.Globalization;
using System.Text.RegularExpressions;

namespace CptGraph.Bench.Api;

/// <summary>
/// The server's own count of the SQL commands it ran for requests (<c>cptgraph_db_commands_total{origin="request"}</c>
/// at <c>/metrics</c>); the live outbox's polls are counted under another origin and left out.
/// </summary>
public static partial class DbCommandCount
{
    public static async Task<long> ForRequestsAsync(ChildServer server, CancellationToken cancellationToken)
    {
        var match = RequestSeries().Match(await server.ScrapeMetricsAsync(cancellationToken));
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    public static async Task<long> ForRequestsAsync(IReadOnlyList<ChildServer> servers, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var server in servers)
        {
            total += await ForRequestsAsync(server, cancellationToken);
        }

        return total;
    }

    [GeneratedRegex(@"^cptgraph_db_commands(?:_total)?\{[^}]*origin=""request""[^}]*\} (\d+)", RegexOptions.Multiline)]
    private static partial Regex RequestSeries();
}
