using CptGraph.Server.Cli;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>The outcome of one CLI command: exit code and what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the real CLI entry point with <paramref name="args"/> and captures both streams.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
