using System.Diagnostics;
using System.Text;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// The real CLI in its own process (<c>dotnet CptGraph.Server.dll …</c>, built next to the tests), for what an
/// in-process run cannot show: a kill -9 mid-ingest, or the log lines a redirected standard error receives.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output => Read(_output);
    public string Error => Read(_error);
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public static CliProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    public static async Task<CliProcess> RunAsync(params string[] args)
    {
        var process = Start(args);
        await process.WaitAsync(TimeSpan.FromMinutes(3));
        return process;
    }

    public async Task WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // drains the asynchronous output readers
    }

    /// <summary>Waits until standard error has a line matching <paramref name="condition"/>, or the process ends.</summary>
    public async Task<bool> WaitForErrorLineAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            if (Error.Split('\n').Any(condition))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no handler, no finally block and no flush runs in the CLI.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
