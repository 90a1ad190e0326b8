using CptGraph.Data;
using CptGraph.Server.Schema;
using CptGraph.Tests;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Schema;

[Collection(SchemaFileCollection.Name)]
public sealed class SchemaTests
{
    /// <summary>
    /// schema/schema.graphql is the printed schema. Locally a change rewrites the file (review it in the diff);
    /// on CI (CI is set) any difference fails.
    /// </summary>
    [Fact]
    public void SchemaChanged()
    {
        // Arrange
        using var services = new ServiceCollection()
            .AddCptGraphData(DatabaseLocation.FromPath(Path.Combine(Path.GetTempPath(), "schema-test.db")))
            .AddCptGraphSchema()
            .BuildServiceProvider();
        var path = Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql");

        // Act
        var printed = services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n");

        // Assert
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (committed == printed)
        {
            return;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Equal(committed, printed);
        }

        File.WriteAllText(path, printed);
    }

    [Fact]
    public void EveryFieldAndArgument_HasADescription()
    {
        using var services = new ServiceCollection()
            .AddCptGraphData(DatabaseLocation.FromPath(Path.Combine(Path.GetTempPath(), "schema-test.db")))
            .AddCptGraphSchema()
            .BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();

        var undocumented = schema.AllTypes.OfType<IComplexGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.SelectMany(f => new[] { (Name: $"{t.Name}.{f.Name}", f.Description) }
                .Concat((f.Arguments ?? []).Select(a => (Name: $"{t.Name}.{f.Name}({a.Name})", a.Description)))))
            .Where(x => string.IsNullOrWhiteSpace(x.Description))
            .Select(x => x.Name)
            .ToList();

        Assert.Empty(undocumented);
    }
}
