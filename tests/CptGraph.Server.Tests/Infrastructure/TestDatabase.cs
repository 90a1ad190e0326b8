using System.Data.Common;
using CptGraph.Data;
using CptGraph.Server.Tests.Infrastructure.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// One test's database on either store: a temporary SQLite file, or a database of its own on the throwaway
/// <see cref="PostgresCluster"/>. It says how the server and the CLI reach it and removes it on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(DatabaseProvider provider, string location)
    {
        Provider = provider;
        Location = location;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file, or the PostgreSQL connection string: what <c>--db</c> takes.</summary>
    public string Location { get; }

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The CLI options that point a command at this database.</summary>
    public string[] CliArguments => IsPostgres ? ["--provider", "postgres", "--db", Location] : ["--db", Location];

    /// <summary>The server settings that point it at this database.</summary>
    public IEnumerable<KeyValuePair<string, string>> ServerSettings => IsPostgres
        ? [new("provider", "postgres"), new("db", Location)]
        : [new("db", Location)];

    /// <summary>The same, as the environment variables a container (or a replica process) is given.</summary>
    public IEnumerable<KeyValuePair<string, string>> ServerEnvironment => IsPostgres
        ? [new("Database:Provider", "postgres"), new("ConnectionStrings:CptGraph", Location)]
        : [new("ConnectionStrings:CptGraph", DatabaseLocation.FromPath(Location))];

    public static TestDatabase NewSqliteFile() => SqliteFile(Path.Combine(Path.GetTempPath(), $"cptgraph-tests-{Guid.NewGuid():N}.db"));

    public static TestDatabase SqliteFile(string path) => new(DatabaseProvider.Sqlite, path);

    /// <summary>A PostgreSQL database with the bundled content and demo data, as a server's first start leaves SQLite.</summary>
    public static TestDatabase PostgresSeeded() => new(DatabaseProvider.Postgres, PostgresCluster.Instance.CreateSeededDatabaseAsync().GetAwaiter().GetResult());

    /// <summary>An empty PostgreSQL database (no tables until a command migrates it).</summary>
    public static TestDatabase PostgresEmpty() => new(DatabaseProvider.Postgres, PostgresCluster.Instance.CreateEmptyDatabaseAsync().GetAwaiter().GetResult());

    /// <summary>An open connection for reading what a test left (identifiers quoted, so the same SQL runs on both).</summary>
    public DbConnection Open()
    {
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(Location + ";Pooling=false")
            : new SqliteConnection($"Data Source={Location};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        if (IsPostgres)
        {
            PostgresCluster.Instance.DropDatabaseAsync(Location).GetAwaiter().GetResult();
            return;
        }

        // Pooled connections keep the file open (and locked on Windows) after the host stops.
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { Location, Location + "-wal", Location + "-shm" })
        {
            File.Delete(path);
        }
    }
}
