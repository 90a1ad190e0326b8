using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace CptGraph.Server.Tests.Live;

/// <summary>Live/Clients/subscribe.mjs as a child process: the stock npm clients, read line by line.</summary>
public sealed class NodeClient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    private NodeClient(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.Writer.TryComplete();
            }
            else
            {
                _lines.Writer.TryWrite(e.Data);
            }
        };
        _process.BeginOutputReadLine();
    }

    public static string Directory => Path.Combine(CptGraph.Tests.RepositoryPaths.Root, "tests", "CptGraph.Server.Tests", "Live", "Clients");

    /// <summary>Starts <c>node subscribe.mjs</c> with <paramref name="transport"/> <c>ws</c> or <c>sse</c>.</summary>
    public static NodeClient Start(string transport, string url, string query, long? lastEventId, int results = 1, string? apiKey = null)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "subscribe.mjs", transport, url, query, lastEventId?.ToString() ?? "", results.ToString(), apiKey ?? "" })
        {
            start.ArgumentList.Add(argument);
        }

        return new NodeClient(Process.Start(start)!);
    }

    /// <summary>The next line the client printed, as JSON.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            if (!await _lines.Reader.WaitToReadAsync(timeout.Token))
            {
                throw new InvalidOperationException($"The client exited without printing: {await _process.StandardError.ReadToEndAsync()}");
            }

            return JsonDocument.Parse(await _lines.Reader.ReadAsync(timeout.Token)).RootElement;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // Killed first, so that reading what it wrote to stderr ends.
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The client printed nothing within {Patience}: {await _process.StandardError.ReadToEndAsync()}");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
