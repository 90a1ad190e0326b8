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

    public static CliProcess Start(params string[] args) =>
        Launch(null, [Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll"), .. args]);

    /// <summary>The CLI run from <paramref name="workingDirectory"/>, as a user in that folder types it.</summary>
    public static CliProcess StartIn(string workingDirectory, params string[] args) =>
        Launch(workingDirectory, [Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll"), .. args]);

    /// <summary>
    /// <c>dotnet run --project src/CptGraph.Server -- ARGS</c> typed in <paramref name="workingDirectory"/>, as the README
    /// has a newcomer do (without building again: the test build built the server in this configuration).
    /// </summary>
    public static CliProcess DotnetRunIn(string workingDirectory, params string[] args) =>
        Launch(workingDirectory, ["run", "--no-build", "-c", BuildConfiguration, "--project",
            Path.Combine(CptGraph.Tests.RepositoryPaths.Root, "src", "CptGraph.Server"), "--", .. args]);

    public static async Task<CliProcess> RunInAsync(string workingDirectory, params string[] args)
    {
        var process = StartIn(workingDirectory, args);
        await process.WaitAsync(TimeSpan.FromMinutes(3));
        return process;
    }

    // The tests' own configuration (bin/Debug or bin/Release), which is the one the server was built in.
    private static string BuildConfiguration =>
        new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name is { Length: > 0 } name ? name : "Debug";

    private static CliProcess Launch(string? workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in arguments)
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
