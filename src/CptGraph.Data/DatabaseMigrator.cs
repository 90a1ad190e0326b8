using CptGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations; SQLite switches to WAL so readers never wait for an ingest, PostgreSQL gets its search index.</summary>
    public static async Task MigrateAsync(IDbContextFactory<CptGraphDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite() && Path.GetDirectoryName(db.Database.GetDbConnection().DataSource) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            // The search index's functions and triggers, kept out of the generated migration so it can be regenerated
            // as the model changes (scripts/postgres-migration); every statement is idempotent.
            await db.Database.ExecuteSqlRawAsync(PostgresCodeSearchSql.Create, cancellationToken);
        }
    }
}
