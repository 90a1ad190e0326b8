using CptGraph.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CptGraph.Data;

/// <summary>
/// Brings the schema up to date at start-up (server and every CLI command) without ever waiting unboundedly. EF Core's
/// SQLite migration lock is a row in <c>__EFMigrationsLock</c> that a process killed mid-migration leaves behind, after
/// which every later <c>MigrateAsync</c> polls for it forever. So: nothing is locked when nothing is pending; otherwise
/// <see cref="MigrationGuard"/> (an OS file lock, released when its owner dies, however it dies) decides who migrates,
/// a lock row found under it is stale and removed with a warning, and waiting for the guard is bounded by the lock timeout.
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations (PostgreSQL's with its search index); SQLite switches to WAL so readers never wait for an ingest.</summary>
    /// <exception cref="DatabaseLockTimeoutException">Another process kept migrating for longer than the lock timeout.</exception>
    public static async Task MigrateAsync(IDbContextFactory<CptGraphDbContext> factory, CancellationToken cancellationToken, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var dataSource = db.Database.GetDbConnection().DataSource;
        if (db.Database.IsSqlite() && Path.GetDirectoryName(dataSource) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            if (db.Database.IsSqlite() && MigrationGuard.PathFor(dataSource) is { } guardPath)
            {
                // The command timeout is the configured lock wait (--lock-timeout); it bounds this wait too.
                var timeout = TimeSpan.FromSeconds(db.Database.GetCommandTimeout() ?? 30);
                using var guard = await MigrationGuard.AcquireAsync(guardPath, dataSource, timeout, logger, cancellationToken);
                await StaleMigrationLock.RemoveAsync(db, dataSource, logger, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                // PostgreSQL: EF Core serialises concurrent replicas' migrations itself (an advisory lock).
                await db.Database.MigrateAsync(cancellationToken);
                // The search index's functions and triggers, kept out of the generated migration so it can be
                // regenerated as the model changes (scripts/postgres-migration); idempotent and behind a lock of its own.
                await db.Database.ExecuteSqlRawAsync(PostgresCodeSearchSql.Create, cancellationToken);
                await db.Database.ExecuteSqlRawAsync(PostgresDiagnosisSearchSql.Create, cancellationToken);
            }
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
