using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>CI's GraphQL-over-HTTP audit (<c>.ci/audit/audit.mjs</c>, the graphql-http package's <c>auditServer</c>) as a child process.</summary>
public static partial class GraphQLHttpAudit
{
    /// <summary>Runs every audit against <paramref name="endpoint"/>; the MUST and SHOULD ones are counted, as in CI.</summary>
    public static async Task<(int Passed, int Failed, string Output)> RunAsync(Uri endpoint)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(CptGraph.Tests.RepositoryPaths.Root, ".ci", "audit"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("audit.mjs");
        start.ArgumentList.Add(endpoint.ToString());
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        var summary = Summary().Match(await output);
        Assert.True(summary.Success, $"The audit printed no summary (exit {process.ExitCode}):\n{await output}{await error}");
        return (int.Parse(summary.Groups[1].Value), int.Parse(summary.Groups[2].Value), await output);
    }

    [GeneratedRegex(@"^audit: (\d+) passed, (\d+) failed$", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
