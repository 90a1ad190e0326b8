namespace CptGraph.Ingestion.Tests.Tic;

/// <summary>The CMS example files in the read-only <c>shared/tic-examples</c> folder next to the repository.</summary>
public static class TicExamples
{
    /// <summary><c>shared/tic-examples</c>, found by walking up from the test binaries to the folder holding CptGraph.sln.</summary>
    public static string Root => CptGraph.Tests.RepositoryPaths.TicExamples;

    /// <summary>Paths relative to <see cref="Root"/> of every file in a folder of one TiC file type, e.g. <c>in-network-rates</c>.</summary>
    public static IEnumerable<string> OfType(string fileType) =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == fileType)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));
}
