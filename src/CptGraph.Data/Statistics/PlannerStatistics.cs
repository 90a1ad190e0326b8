using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Data.Statistics;

/// <summary>
/// Brings PostgreSQL's planner statistics up to date after a bulk write. Autovacuum analyzes a table only once 50 rows
/// plus 10 % of it have changed, so a table as small as <c>Payers</c> (a handful of rows) is never analyzed, and the
/// planner then guesses how many distributions a payer name selects: on the API bench's 10,000 codes it guessed 92 rows
/// where 3,384 match, hashed every Aetna row instead of walking codes in order, and took 55 ms where 0.4 ms do
/// (docs/benchmarks/2026-12-04-postgres-statistics.md). SQLite plans from its indexes alone: nothing to do there.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>Every table of the database; sampled, so its cost is bounded (≤ 30,000 rows a table at PostgreSQL's defaults).</summary>
    public const string AnalyzeSql = "ANALYZE";

    // Sampling bounds the work, not the wait for a busy table's lock: ten minutes rather than Npgsql's 30 s default.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs <see cref="AnalyzeSql"/> on PostgreSQL (outside any transaction, after the data committed); no-op on SQLite.</summary>
    public static async Task RefreshAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await RefreshAsync(db.Database.GetDbConnection(), cancellationToken);
        }
    }

    /// <summary>Runs <see cref="AnalyzeSql"/> on an open PostgreSQL connection (migrate-store's target).</summary>
    public static async Task RefreshAsync(DbConnection postgres, CancellationToken cancellationToken)
    {
        await using var command = postgres.CreateCommand();
        command.CommandText = AnalyzeSql;
        command.CommandTimeout = (int)Timeout.TotalSeconds;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
