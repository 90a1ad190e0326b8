using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// The real server in its own OS process (<c>dotnet CptGraph.Server.dll --urls … --db …</c>) on a free loopback port, so
/// its resident memory and open file descriptors can be read from <c>/proc</c> apart from the test host's. Killed on dispose.
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
    public static async Task<ServerProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll"), "--urls", baseAddress.ToString().TrimEnd('/'), "--db", databasePath })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
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

    private static int FreePort()
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
