using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// The real server in its own OS process (<c>dotnet CptGraph.Server.dll --urls … --db …</c>) on a free loopback port, so
/// its resident memory and open file descriptors can be read from <c>/proc</c> apart from the test host's, and so several
/// replicas can share one PostgreSQL database and one can die as a crashed machine's would. Killed on dispose.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptLogLines = 200;

    private readonly Process _process;
    private readonly Queue<string> _log = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public Uri GraphQL => new(BaseAddress, "/graphql");

    public bool HasExited => _process.HasExited;

    public string WebSocketUrl => $"ws://{BaseAddress.Authority}/graphql";

    /// <summary>The last lines the server wrote (standard output and error).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    /// <summary>VmRSS of the server process, in bytes.</summary>
    public long ResidentBytes =>
        File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kilobytes ? long.Parse(kilobytes) * 1024 : 0;

    /// <summary>Open file descriptors of the server process (sockets, database files, pipes): the entries of <c>/proc/PID/fd</c>.</summary>
    public int OpenHandles => Directory.GetFileSystemEntries($"/proc/{_process.Id}/fd").Length;

    /// <summary>Starts the server on <paramref name="databasePath"/> (created, migrated and seeded when new) and waits until <c>/readyz</c> answers.</summary>
    public static Task<ServerProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? environment = null) =>
        StartAsync(["--db", databasePath], environment ?? new Dictionary<string, string>());

    /// <summary>
    /// A replica on <paramref name="database"/> (either store), configured through environment variables as a container
    /// is (<c>Database__Provider</c>, <c>ConnectionStrings__CptGraph</c>), plus <paramref name="settings"/> (<c>Key:Sub</c>).
    /// </summary>
    public static Task<ServerProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync([], database.ServerEnvironment.Concat(settings ?? new Dictionary<string, string>())
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value));

    private static async Task<ServerProcess> StartAsync(string[] databaseArguments, IReadOnlyDictionary<string, string> environment)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll"), "--urls", baseAddress.ToString().TrimEnd('/') }.Concat(databaseArguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var server = new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), baseAddress);
        try
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits (bounded) until the server has logged a line containing <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string text)
    {
        var clock = Stopwatch.StartNew();
        while (!Log.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60) || _process.HasExited)
            {
                throw new TimeoutException($"The server never logged '{text}':\n{Log}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: the replica dies as a crashed machine's would, closing nothing cleanly.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan patience)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode} before it was ready:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The server was not ready within {patience}:\n{Log}");
    }

    /// <summary>A loopback port nothing listens on now (every child process the tests start takes one).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > KeptLogLines)
            {
                _log.Dequeue();
            }
        }
    }
}
