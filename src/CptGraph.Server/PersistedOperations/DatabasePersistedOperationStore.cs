using System.Data.Common;
using System.Text;
using CptGraph.Data;
using CptGraph.GraphQL.PersistedOperations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CptGraph.Server.PersistedOperations;

/// <summary>
/// The replicas' shared persisted-operation store: table <c>PersistedOperations</c> of the served database. A
/// registration is one <c>INSERT … ON CONFLICT DO NOTHING</c> (two replicas registering the same hash at once both
/// succeed) followed, when it added a row, by a trim that deletes the earliest registrations past
/// <see cref="PersistedOperationOptions.MaxSharedBytes"/>. Reads happen only on a miss of the memory in front.
/// </summary>
public sealed class DatabasePersistedOperationStore(
    IDbContextFactory<CptGraphDbContext> factory,
    IOptions<PersistedOperationOptions> options,
    ILogger<DatabasePersistedOperationStore> logger) : ISharedPersistedOperationStore
{
    // Newest first, a running total of the bytes; every row where it passes the cap goes (window functions: SQLite 3.25+, PostgreSQL).
    private const string TrimSql = """
        DELETE FROM "PersistedOperations" WHERE "Hash" IN (
            SELECT "Hash" FROM (
                SELECT "Hash", SUM("Bytes") OVER (ORDER BY "CreatedAt" DESC, "Hash" DESC) AS "Running"
                FROM "PersistedOperations") AS "Registrations"
            WHERE "Running" > {0})
        """;

    public async Task<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.PersistedOperations.AsNoTracking()
            .Where(o => o.Hash == hash)
            .Select(o => o.Document)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var bytes = Encoding.UTF8.GetByteCount(document);
            var added = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "PersistedOperations" ("Hash", "Document", "Bytes", "CreatedAt")
                VALUES ({hash}, {document}, {bytes}, {DateTimeOffset.UtcNow})
                ON CONFLICT ("Hash") DO NOTHING
                """, cancellationToken);
            if (added > 0)
            {
                await db.Database.ExecuteSqlRawAsync(TrimSql, [options.Value.MaxSharedBytes], cancellationToken);
            }
        }
        catch (DbException e)
        {
            // The operation has run and this replica remembers it; only the other replicas will ask for the text again.
            logger.LogWarning(e, "Persisted operation {Hash} was not shared with the other replicas: {Reason}", hash, e.Message);
        }
    }
}
