using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Data;

/// <summary>
/// Removes EF Core's <c>__EFMigrationsLock</c> row when the caller holds the <see cref="MigrationGuard"/>: only a
/// migrator holding the guard writes that row, so one found then was left by a process that died mid-migration.
/// (<c>dotnet ef database update</c> does not take the guard: do not run it against a database a server is starting on.)
/// </summary>
internal static class StaleMigrationLock
{
    private const string Table = "__EFMigrationsLock";

    public static async Task RemoveAsync(CptGraphDbContext db, string database, ILogger logger, CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{Table}'")
            .SingleAsync(cancellationToken);
        if (exists == 0)
        {
            return;
        }

        var since = await db.Database.SqlQueryRaw<string>($"SELECT CAST(\"Timestamp\" AS TEXT) AS \"Value\" FROM \"{Table}\"").ToListAsync(cancellationToken);
        if (since.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{Table}\"", cancellationToken);
        logger.LogWarning(
            "Removed a stale migration lock from {Database} (taken at {LockedAt} by a process that ended mid-migration)",
            database, since[0]);
    }
}
