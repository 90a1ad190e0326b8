using System.Globalization;
using System.Text.RegularExpressions;

namespace CptGraph.Bench.Api;

/// <summary>
/// What one wrk run measured; latencies in milliseconds. <see cref="ServerCpuMsPerRequest"/> is the endpoint process's CPU
/// time over the run divided by the requests it answered: far less sensitive to other load on the machine than req/s.
/// <see cref="StatementsPerRequest"/> is the growth of the server's <c>cptgraph_db_commands_total{origin="request"}</c>
/// over the run divided by the operations of the query it executed meanwhile (NaN: the endpoint does not count them).
/// </summary>
public sealed partial record WrkResult(
    double RequestsPerSecond, double P50, double P99, long Errors, long Requests = 0, double ServerCpuMsPerRequest = double.NaN,
    double StatementsPerRequest = double.NaN)
{
    public static WrkResult Parse(string output)
    {
        var rps = double.Parse(RequestsPerSecondPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = NonSuccessPattern().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        foreach (Match socket in SocketErrorsPattern().Matches(output))
        {
            errors += long.Parse(socket.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var requests = long.Parse(RequestsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        return new WrkResult(rps, Latency(output, "50"), Latency(output, "99"), errors, requests);
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondPattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessPattern();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrorsPattern();
}
