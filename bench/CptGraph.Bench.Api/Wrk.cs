using System.Diagnostics;

namespace CptGraph.Bench.Api;

/// <summary>Drives an endpoint with wrk (Debian package <c>wrk</c>): a Lua script POSTs the query's JSON body.</summary>
public sealed class Wrk(string workDirectory, int connections, int threads)
{
    public async Task<WrkResult> RunAsync(string url, BenchQuery query, TimeSpan duration, CancellationToken cancellationToken)
    {
        var script = Path.Combine(workDirectory, query.Name + ".lua");
        await File.WriteAllTextAsync(script, $"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.body = [==[{query.Body}]==]
            """, cancellationToken);

        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"-t{threads}", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "--timeout", "10s", "-s", script, url })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it with apt-get install -y wrk.");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? WrkResult.Parse(output)
            : throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await process.StandardError.ReadToEndAsync(cancellationToken)}");
    }
}
