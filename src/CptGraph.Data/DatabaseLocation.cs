using Microsoft.Data.Sqlite;

namespace CptGraph.Data;

/// <summary>
/// Where the database lives: <c>--db</c>, else <c>ConnectionStrings__CptGraph</c>, else (SQLite only) a default file.
/// On PostgreSQL <c>--db</c> and the setting are an Npgsql connection string.
/// </summary>
public static class DatabaseLocation
{
    public const string DefaultFileName = "cptgraph.db";
    public const string ConnectionStringName = "CptGraph";

    /// <summary>The optional read-only connection string (a streaming standby) queries are served from.</summary>
    public const string ReadConnectionStringName = "CptGraphRead";

    /// <summary>Builds the SQLite connection string from a <c>--db</c> path or a configured connection string.</summary>
    public static string Resolve(string? dbPath, string? configuredConnectionString) =>
        Resolve(DatabaseProvider.Sqlite, dbPath, configuredConnectionString);

    /// <summary>Builds the connection string of <paramref name="provider"/> from <c>--db</c> or the configured one.</summary>
    public static string Resolve(DatabaseProvider provider, string? dbPath, string? configuredConnectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = string.IsNullOrWhiteSpace(dbPath) ? configuredConnectionString : dbPath;
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new DatabaseConfigurationException("the postgres provider needs a connection string: set ConnectionStrings__CptGraph (or --db \"Host=...;Database=...\")")
                : connectionString;
        }

        if (!string.IsNullOrWhiteSpace(dbPath))
        {
            return FromPath(dbPath);
        }

        return string.IsNullOrWhiteSpace(configuredConnectionString)
            ? FromPath(Path.Combine(Directory.GetCurrentDirectory(), DefaultFileName))
            : configuredConnectionString;
    }

    /// <summary>
    /// The connection string the server serves with: SQLite's pooled, since a pooled connection keeps the parsed schema
    /// and prepared statements where a fresh one re-reads both (README "API benchmark"); Npgsql pools by default.
    /// </summary>
    public static string ForServing(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ToString()
        : connectionString;

    /// <summary>What to name the database in a message: the SQLite file, or PostgreSQL's host and database (never the password).</summary>
    public static string Describe(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource;
        }

        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{postgres.Host}:{postgres.Port}/{postgres.Database}";
    }

    /// <summary>A connection string for a database file; pooling off so a finished command releases the file.</summary>
    public static string FromPath(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();
}
