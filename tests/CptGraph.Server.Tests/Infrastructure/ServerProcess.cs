using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// The real server as its own OS process (<c>dotnet CptGraph.Server.dll --urls http://127.0.0.1:PORT …</c>), as a
/// replica runs in production: what a <c>WebApplicationFactory</c> in the test process cannot show (two replicas, one
/// dying). Started ready (<c>/readyz</c> answered 200); killed on dispose, whatever the test did.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string Url => $"http://127.0.0.1:{Port}";

    public string GraphQLUrl => Url + "/graphql";

    public string WebSocketUrl => $"ws://127.0.0.1:{Port}/graphql";

    /// <summary>What the server wrote to standard output and error so far (for assertion messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts a server on <paramref name="database"/> with more configuration <paramref name="settings"/>
    /// (<c>Key:Sub</c> = value), and waits until it is ready.</summary>
    public static async Task<ServerProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        // Environment variables, as a container sets them: ConnectionStrings__CptGraph, Database__Provider, ...
        foreach (var (key, value) in database.ServerEnvironment.Concat(settings ?? new Dictionary<string, string>()))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var server = new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), port);
        try
        {
            await server.WaitUntilReadyAsync();
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
                throw new TimeoutException($"The server never logged '{text}': {Log}");
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

    public ValueTask DisposeAsync()
    {
        try
        {
            KillHard();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartPatience)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}: {Log}");
            }

            try
            {
                using var response = await http.GetAsync(Url + "/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server was not ready within {StartPatience}: {Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    /// <summary>A port nobody listens on now (the OS hands out a fresh one each time).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
