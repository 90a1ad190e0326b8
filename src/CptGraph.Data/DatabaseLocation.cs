using Microsoft.Data.Sqlite;

namespace CptGraph.Data;

/// <summary>Where the embedded database lives: <c>--db</c>, else <c>ConnectionStrings__CptGraph</c>, else a default file.</summary>
public static class DatabaseLocation
{
    public const string DefaultFileName = "cptgraph.db";
    public const string ConnectionStringName = "CptGraph";

    /// <summary>Builds the connection string from a <c>--db</c> path or a configured connection string.</summary>
    public static string Resolve(string? dbPath, string? configuredConnectionString)
    {
        if (!string.IsNullOrWhiteSpace(dbPath))
        {
            return FromPath(dbPath);
        }

        return string.IsNullOrWhiteSpace(configuredConnectionString)
            ? FromPath(Path.Combine(Directory.GetCurrentDirectory(), DefaultFileName))
            : configuredConnectionString;
    }

    /// <summary>A connection string for a database file; pooling off so a finished command releases the file.</summary>
    public static string FromPath(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();
}
