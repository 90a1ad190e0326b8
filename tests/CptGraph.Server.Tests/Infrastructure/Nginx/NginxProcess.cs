using System.Diagnostics;
using System.Net;

namespace CptGraph.Server.Tests.Infrastructure.Nginx;

/// <summary>
/// A real nginx (Debian's package) in front of some replicas, as a child process of the test on 127.0.0.1 at a free
/// port, configured by <see cref="NginxConfig"/> in a temporary folder of its own; the system service is not used.
/// Stopped, and its folder deleted, on dispose.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    /// <summary>The binary: <c>CPTGRAPH_NGINX</c>, else Debian's /usr/sbin/nginx.</summary>
    public static string Binary => Environment.GetEnvironmentVariable("CPTGRAPH_NGINX") is { Length: > 0 } configured ? configured : "/usr/sbin/nginx";

    public static bool IsInstalled => File.Exists(Binary);

    public static string SkipReason => $"nginx test skipped: no {Binary} (apt-get install nginx, or set CPTGRAPH_NGINX to the binary)";

    public Uri BaseAddress { get; }

    public Uri GraphQL => new(BaseAddress, "/graphql");

    public string WebSocketUrl => $"ws://{BaseAddress.Authority}/graphql";

    /// <summary>The access log: one line per finished request, <c>METHOD URI STATUS UPSTREAM | ACCEPT</c>.</summary>
    public IReadOnlyList<string> AccessLog
    {
        get
        {
            var path = Path.Combine(_folder, "access.log");
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
    }

    public static async Task<NginxProcess> StartAsync(IEnumerable<Uri> replicas)
    {
        Assert.True(IsInstalled, SkipReason + " and CPTGRAPH_REQUIRE_POSTGRES=1 requires it");
        var folder = Path.Combine(Path.GetTempPath(), $"cptgraph-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var port = ServerProcess.FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfig.For(folder, port, replicas, asRoot: Environment.UserName == "root"));

        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // -e: the error log before the configuration is read (the default, /var/log/nginx, is not ours to write).
        foreach (var argument in new[] { "-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var nginx = new NginxProcess(Process.Start(start)!, folder, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await nginx.WaitUntilServingAsync();
            return nginx;
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits (bounded) until the access log holds <paramref name="count"/> lines matching <paramref name="match"/>.</summary>
    public async Task<IReadOnlyList<string>> WaitForAccessLogAsync(Func<string, bool> match, int count)
    {
        var clock = Stopwatch.StartNew();
        while (AccessLog.Where(match).ToList() is var lines && lines.Count < count)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{lines.Count} of {count} access log lines:\n{string.Join('\n', AccessLog)}");
            await Task.Delay(100);
        }

        return AccessLog.Where(match).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // Ready when a replica's /readyz answers through it.
    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}\n{ErrorLog}");
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

            await Task.Delay(100);
        }

        throw new TimeoutException($"nginx did not serve within 30 s:\n{ErrorLog}");
    }

    private string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "(no error log)";

}
