using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CptGraph.Bench.Api;

/// <summary>
/// An endpoint in a process of its own on a free 127.0.0.1 port: the real server (its Release build, copied next to
/// this program with its runtimeconfig and appsettings.json) or this program's hand-written endpoint. Disposing stops it.
/// </summary>
public sealed class ChildServer : IAsyncDisposable
{
    private readonly Process process;

    private ChildServer(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public string GraphQLUrl => Url + "/graphql";

    /// <summary>The CPU time (user + system) the endpoint's process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The server's Prometheus scrape (<c>cptgraph_db_commands_total</c> among the rest).</summary>
    public string MetricsUrl => Url + "/metrics";

    public static Task<ChildServer> StartGraphQLAsync(string databasePath, BenchQuery probe, CancellationToken cancellationToken) =>
        StartAsync([ServerDll, "--db", databasePath], [], probe, cancellationToken);

    /// <summary>The server on PostgreSQL, configured as a deployment would be: <c>Database__Provider</c> and <c>ConnectionStrings__CptGraph</c>.</summary>
    public static Task<ChildServer> StartGraphQLOnPostgresAsync(string connectionString, BenchQuery probe, CancellationToken cancellationToken) =>
        StartAsync([ServerDll], [("Database__Provider", "postgres"), ("ConnectionStrings__CptGraph", connectionString)], probe, cancellationToken);

    public static Task<ChildServer> StartHandwrittenAsync(string databasePath, BenchQuery probe, CancellationToken cancellationToken) =>
        StartAsync([typeof(ChildServer).Assembly.Location, HandwrittenEndpoint.Verb, "--db", databasePath], [], probe, cancellationToken);

    private static string ServerDll => Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll");

    private static async Task<ChildServer> StartAsync(
        string[] command, (string Name, string Value)[] environment, BenchQuery probe, CancellationToken cancellationToken)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in command.Concat(["--urls", url]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var server = new ChildServer(process, url);
        await server.WaitUntilAnsweringAsync(probe, cancellationToken);
        return server;
    }

    public async Task<string> PostAsync(BenchQuery query, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await PostForBytesAsync(query, cancellationToken));

    /// <summary>The answer's bytes as served, for comparing two servers byte for byte.</summary>
    public async Task<byte[]> PostForBytesAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        using var response = await client.PostAsync(GraphQLUrl, new StringContent(query.Body, Encoding.UTF8, "application/json"), cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>
    /// A scrape of <see cref="MetricsUrl"/> taken now: the exporter answers from a copy it keeps for 300 ms, so a second
    /// scrape sooner than that waits the rest of it out.
    /// </summary>
    public async Task<string> ScrapeMetricsAsync(CancellationToken cancellationToken)
    {
        var wait = ScrapeCache - lastScrape.Elapsed;
        if (lastScrape.IsRunning && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }

        using var client = new HttpClient();
        var scrape = await client.GetStringAsync(MetricsUrl, cancellationToken);
        lastScrape.Restart();
        return scrape;
    }

    private static readonly TimeSpan ScrapeCache = TimeSpan.FromMilliseconds(350);

    private readonly Stopwatch lastScrape = new();

    private async Task WaitUntilAnsweringAsync(BenchQuery probe, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server at {Url} exited with {process.ExitCode}.");
            }

            try
            {
                await PostAsync(probe, cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, cancellationToken);
            }
        }

        throw new TimeoutException($"The server at {Url} did not answer.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
