using System.Text.RegularExpressions;
using CptGraph.GraphQL.Querying;
using CptGraph.Tests;

namespace CptGraph.GraphQL.Tests.Architecture;

/// <summary>The engine knows no CPT: dependencies point from the application to the engine, never back.</summary>
public sealed partial class EngineDependencyTests
{
    [Fact]
    public void EngineAssembly_ReferencesNoCptGraphAssembly()
    {
        // Arrange
        var engine = typeof(QueryEngine).Assembly;

        // Act
        var references = engine.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        // Assert
        Assert.Equal("CptGraph.GraphQL", engine.GetName().Name);
        Assert.Contains("GraphQL", references);
        Assert.DoesNotContain(references, name => name.StartsWith("CptGraph.", StringComparison.Ordinal));
    }

    [Fact]
    public void EngineProject_HasNoProjectReference()
    {
        // Arrange
        var project = File.ReadAllText(Path.Combine(EngineSource, "CptGraph.GraphQL.csproj"));

        // Act / Assert
        Assert.DoesNotContain("<ProjectReference", project, StringComparison.Ordinal);
    }

    [Fact]
    public void EngineSources_UseOnlyEngineNamespacesOfCptGraph()
    {
        // Arrange
        var sources = Directory.EnumerateFiles(EngineSource, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .ToList();

        // Act
        var offending = (
            from path in sources
            from line in File.ReadLines(path)
            let match = CptGraphNamespace().Match(Code(line))
            where match.Success && match.Groups["name"].Value != "GraphQL"
            select $"{Path.GetRelativePath(EngineSource, path)}: {line.Trim()}").ToList();

        // Assert
        Assert.True(sources.Count > 50, $"Expected the engine's sources under {EngineSource}, found {sources.Count}.");
        Assert.Empty(offending);
    }

    private static string EngineSource => Path.Combine(RepositoryPaths.Root, "src", "CptGraph.GraphQL");

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(EngineSource, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
            || relative.Contains("/node_modules/", StringComparison.Ordinal);
    }

    // The line without its string literals and comment: "CptGraph.Live" as a user-context key is a name, not a dependency.
    private static string Code(string line) => Comment().Replace(StringLiteral().Replace(line, "\"\""), "");

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"//.*$")]
    private static partial Regex Comment();

    // A using (plain, static or alias) or a qualified name of a CptGraph namespace: CptGraph.<name>.
    [GeneratedRegex(@"\bCptGraph\.(?<name>[A-Za-z]+)")]
    private static partial Regex CptGraphNamespace();
}
