using System.Diagnostics;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Live;

/// <summary>The CLI as its own OS process (<c>dotnet CptGraph.Server.dll ingest tic ...</c>), as a cron job would run it.</summary>
public static class IngestProcess
{
    public static async Task<CliRun> RunAsync(string databasePath, string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CptGraph.Server.dll"), "ingest", "tic", file, "--db", databasePath })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
    }
}
