using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Tests;

namespace CptGraph.Server.Tests.Cli;

[Collection(CptGraph.Server.Tests.Schema.SchemaFileCollection.Name)]
public sealed class ImportAndSchemaCommandTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task ImportContent_BadJson_NamesFileLineAndPath_AndChangesNothing()
    {
        // Arrange
        await CliRun.RunAsync("import", "content", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "cpt-96375.json"), "--db", _directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);
        var bad = _directory.Write("bad-content.json", """
            {
              "formatVersion": 1,
              "contentVersion": "x",
              "source": "test",
              "codes": [ { "code": "99999", "modifiers": [ { "code": 59 } ] } ]
            }
            """);

        // Act
        var run = await CliRun.RunAsync("import", "content", bad, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(bad, run.Error);
        Assert.Contains("line 5", run.Error);
        Assert.Contains("$.codes[0].modifiers[0].code", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Fact]
    public async Task Seed_LoadsTheBundledContentOnce()
    {
        var first = await CliRun.RunAsync("seed", "--db", _directory.Database);
        var second = await CliRun.RunAsync("seed", "--db", _directory.Database);

        Assert.Equal("seeded the bundled content and demo data", first.Output.Trim());
        Assert.Equal("the database is not empty: nothing seeded", second.Output.Trim());
    }

    [Fact]
    public async Task SchemaExport_PrintsTheCommittedSchema()
    {
        var run = await CliRun.RunAsync("schema", "export");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql")), run.Output);
    }

    [Fact]
    public async Task UnknownCommand_IsAUsageError()
    {
        var run = await CliRun.RunAsync("ingest", "nonsense", "--db", _directory.Database);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown command 'ingest nonsense'", run.Error);
        Assert.Contains("usage:", run.Error);
    }

    public void Dispose() => _directory.Dispose();
}
