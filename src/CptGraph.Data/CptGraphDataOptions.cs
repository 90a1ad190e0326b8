namespace CptGraph.Data;

/// <summary>Storage settings beyond the connection string (CLI: <c>--lock-timeout</c>, <c>--max-db-size</c>).</summary>
public sealed record CptGraphDataOptions
{
    /// <summary>Which store the connection string points at (<c>--provider</c>, <c>Database:Provider</c>).</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// How long a statement waits for another process's write lock before failing with "database is locked".
    /// On PostgreSQL it is the command timeout (row locks are rare: each file has its own rows).
    /// SQLite allows one writer, so a cron ingest meeting a running one waits up to this long (default 10 min).
    /// </summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A size cap for the SQLite file in megabytes (null: none): past it writes fail as on a full disk, and the
    /// ingest rolls back — a quota that keeps a runaway ingest from filling a shared volume.
    /// </summary>
    public int? MaxDatabaseMegabytes { get; init; }

    /// <summary>
    /// SQLite only: a pooled context keeps its connection open for its whole life instead of reopening it for each query
    /// (<see cref="HeldSqliteConnection"/>), and the connection keeps its prepared statements (<see cref="SqliteStatementCache"/>).
    /// The server sets it for its read path; the CLI does not.
    /// </summary>
    public bool HoldConnectionsOpen { get; init; }

    /// <summary>More EF Core interceptors for every context (the CLI's watches transactions to report what was undone).</summary>
    public IReadOnlyList<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors { get; init; } = [];
}
