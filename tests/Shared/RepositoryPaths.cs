namespace CptGraph.Tests;

/// <summary>Where the repository and the read-only <c>shared/</c> folder beside it are, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>CptGraph.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The <c>shared/</c> folder next to the repository (read-only in CI: never write there).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TicExamples => Path.Combine(Shared, "tic-examples");

    public static string Medicare => Path.Combine(Shared, "reference", "medicare");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CptGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No CptGraph.sln above {AppContext.BaseDirectory}.");
    }
}
