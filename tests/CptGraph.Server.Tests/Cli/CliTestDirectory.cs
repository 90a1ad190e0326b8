namespace CptGraph.Server.Tests.Cli;

/// <summary>A temporary folder for one CLI test's database and input files, removed afterwards.</summary>
public sealed class CliTestDirectory : IDisposable
{
    public CliTestDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cptgraph-cli-{Guid.NewGuid():N}");

    public string Database => System.IO.Path.Combine(Path, "cptgraph.db");

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
