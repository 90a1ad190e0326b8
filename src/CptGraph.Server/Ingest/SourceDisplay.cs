using Microsoft.Extensions.Options;

namespace CptGraph.Server.Ingest;

/// <summary>A run's source and error as API clients see them (<see cref="SourceDisplayOptions"/>).</summary>
public static class SourceDisplay
{
    public static string Source(string source, IServiceProvider? services) =>
        ShowPaths(services) || !Path.IsPathRooted(source) ? source : Path.GetFileName(source);

    /// <summary>The error with the source's directory taken out wherever it names the file.</summary>
    public static string? Error(string? error, string source, IServiceProvider? services)
    {
        if (error is null || ShowPaths(services) || !Path.IsPathRooted(source) || Path.GetDirectoryName(source) is not { Length: > 0 } directory)
        {
            return error;
        }

        return error.Replace(directory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }

    private static bool ShowPaths(IServiceProvider? services) =>
        services?.GetService<IOptions<SourceDisplayOptions>>()?.Value.ShowSourcePaths == true;
}
