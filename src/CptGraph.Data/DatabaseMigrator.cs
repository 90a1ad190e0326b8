using Microsoft.EntityFrameworkCore;

namespace CptGraph.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations and switches SQLite to WAL so readers never wait for an ingest.</summary>
    public static async Task MigrateAsync(IDbContextFactory<CptGraphDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var directory = Path.GetDirectoryName(db.Database.GetDbConnection().DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
