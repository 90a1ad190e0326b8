using System.Text.RegularExpressions;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Tests;

namespace CptGraph.Server.Tests.Querying;

/// <remarks>Not sealed: <see cref="ReadmeQueryPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public partial class ReadmeQueryTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    public static TheoryData<int> Blocks() => [.. Enumerable.Range(0, GraphQLBlocks().Count)];

    /// <summary>Every ```graphql block of the README and of docs/ runs without errors and returns data.</summary>
    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task ReadmeQuery_Runs(int index)
    {
        var query = GraphQLBlocks()[index];

        using var response = await server.QueryAsync(query);

        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), $"{query}\n{errors}");
        Assert.NotEmpty(response.RootElement.GetProperty("data").EnumerateObject());
    }

    // Subscriptions need a WebSocket or an event stream; the Live tests run the README's subscription.
    private static List<string> GraphQLBlocks() =>
        [.. Documents().SelectMany(file => Block().Matches(File.ReadAllText(file))).Select(m => m.Groups[1].Value)
            .Where(block => !block.TrimStart().StartsWith("subscription", StringComparison.Ordinal))];

    // The README first, then docs/ in path order, so a block's index stays put when another file changes.
    private static IEnumerable<string> Documents() =>
        [Path.Combine(RepositoryPaths.Root, "README.md"),
         .. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
