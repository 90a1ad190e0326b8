using System.Diagnostics;
using System.Globalization;

namespace CptGraph.Bench.Api;

/// <summary>
/// Drives one endpoint, or several replicas as one, with wrk (Debian package <c>wrk</c>): a Lua script POSTs the query's
/// JSON body. For replicas the script's <c>setup</c> points wrk's threads at the servers in turn (<c>thread.addr</c>), so
/// each replica gets the same share of the threads and of their connections, and wrk's one report (req/s, latency
/// percentiles, errors) covers them all; the thread count is rounded up to a multiple of the replicas.
/// </summary>
public sealed class Wrk(string workDirectory, int connections, int threads)
{
    public Task<WrkResult> RunAsync(string url, BenchQuery query, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync([url], query, duration, cancellationToken);

    public async Task<WrkResult> RunAsync(IReadOnlyList<string> urls, BenchQuery query, TimeSpan duration, CancellationToken cancellationToken)
    {
        var script = Path.Combine(workDirectory, $"{query.Name}-{urls.Count}.lua");
        await File.WriteAllTextAsync(script, $"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.body = [==[{query.Body}]==]
            {(urls.Count > 1 ? SpreadOver(urls) : "")}
            """, cancellationToken);

        var threadCount = (Math.Max(threads, urls.Count) + urls.Count - 1) / urls.Count * urls.Count;
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"-t{threadCount}", $"-c{Math.Max(connections, threadCount)}", $"-d{(int)duration.TotalSeconds}s", "--latency", "--timeout", "10s", "-s", script, urls[0] })
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

    /// <summary>wrk calls <c>setup</c> once per thread before the run: thread i talks to replica i mod n.</summary>
    private static string SpreadOver(IReadOnlyList<string> urls)
    {
        var addresses = string.Join(", ", urls.Select(url => new Uri(url)).Select(uri =>
            string.Create(CultureInfo.InvariantCulture, $"{{ \"{uri.Host}\", \"{uri.Port}\" }}")));
        return $$"""
            local replicas = { {{addresses}} }
            local assigned = 0
            function setup(thread)
              local replica = replicas[assigned % #replicas + 1]
              thread.addr = wrk.lookup(replica[1], replica[2])[1]
              assigned = assigned + 1
            end
            """;
    }
}
