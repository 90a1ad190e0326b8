using System.Globalization;
using CptGraph.Data.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace CptGraph.Data.StoreMigration;

/// <summary>
/// Copies every table of a SQLite database into an empty PostgreSQL database of the same model (both migrated first):
/// rows read in one SQLite read transaction (a consistent snapshot while ingests may still run), written with binary
/// <c>COPY</c> in one PostgreSQL transaction (all or nothing), parents before children so foreign keys hold, identity
/// sequences moved past the copied ids. The PostgreSQL search index fills itself from its triggers as codes arrive.
/// </summary>
public sealed class SqliteToPostgresCopier(string sqliteConnectionString, string postgresConnectionString, CptGraphDataOptions postgresOptions)
{
    /// <summary>Copies; reports each table's rows as it finishes it; returns the rows copied per table.</summary>
    public async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(IProgress<(string Table, long Rows)> progress, CancellationToken cancellationToken)
    {
        var tables = TablesInDependencyOrder();
        await using var source = new SqliteConnection(sqliteConnectionString);
        await source.OpenAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await source.BeginTransactionAsync(cancellationToken);

        await using var target = new NpgsqlConnection(postgresConnectionString);
        await target.OpenAsync(cancellationToken);
        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        await RefuseDataAsync(target, tables, cancellationToken);

        var copied = new List<(string Table, long Rows)>();
        foreach (var table in tables)
        {
            var rows = await CopyTableAsync(source, snapshot, target, table, cancellationToken);
            await MoveIdentitiesPastAsync(target, table, cancellationToken);
            copied.Add((table.Name, rows));
            progress.Report((table.Name, rows));
        }

        await transaction.CommitAsync(cancellationToken);

        // A bulk load leaves the planner without statistics for the small tables (as after pg_restore): analyze now.
        await PlannerStatistics.RefreshAsync(target, cancellationToken);
        return copied;
    }

    /// <summary>The PostgreSQL model's tables, each after the tables its foreign keys point at.</summary>
    private IReadOnlyList<ITable> TablesInDependencyOrder()
    {
        var options = (DbContextOptions<CptGraphDbContext>)CptGraphDataServiceCollectionExtensions
            .Configure(new DbContextOptionsBuilder<CptGraphDbContext>(), postgresConnectionString, postgresOptions).Options;
        using var db = new CptGraphDbContext(options);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var ordered = new List<ITable>();
        var placed = new HashSet<ITable>();
        foreach (var table in model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Place(table, ordered, placed, []);
        }

        return ordered;
    }

    private static void Place(ITable table, List<ITable> ordered, HashSet<ITable> placed, HashSet<ITable> visiting)
    {
        if (placed.Contains(table) || !visiting.Add(table))
        {
            return;
        }

        foreach (var parent in table.ForeignKeyConstraints.Select(f => f.PrincipalTable).Where(p => p != table))
        {
            Place(parent, ordered, placed, visiting);
        }

        placed.Add(table);
        ordered.Add(table);
    }

    private static async Task RefuseDataAsync(NpgsqlConnection target, IReadOnlyList<ITable> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {Quote(table.Name)})", target);
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
                throw new StoreMigrationException(
                    $"the target postgres://{builder.Host}:{builder.Port}/{builder.Database} is not empty (table {table.Name} has rows): migrate-store copies into a new database only; nothing was written");
            }
        }
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, SqliteTransaction snapshot, NpgsqlConnection target, ITable table, CancellationToken cancellationToken)
    {
        var columns = table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var read = source.CreateCommand();
        read.Transaction = snapshot;
        read.CommandText = $"SELECT {names} FROM {Quote(table.Name)}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);

        var writers = columns.Select(c => ColumnCopy.For(c.StoreType, table.Name, c.Name)).ToList();
        await using var importer = await target.BeginBinaryImportAsync($"COPY {Quote(table.Name)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);

        // No timeout (zero): the importer's default is the 30 s command timeout, which a real table's COPY (millions of rows,
        // the search triggers on Codes) passes: migrate-store failed with "Exception while reading from stream" on the
        // 10,000-code bench database. Ctrl+C still cancels, and the one transaction rolls back.
        importer.Timeout = TimeSpan.Zero;
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < writers.Count; i++)
            {
                await writers[i](importer, reader, i, cancellationToken);
            }

            rows++;
        }

        await importer.CompleteAsync(cancellationToken);
        return rows;
    }

    // A copied row keeps its id; the identity sequence would otherwise hand that id out again on the next insert.
    private static async Task MoveIdentitiesPastAsync(NpgsqlConnection target, ITable table, CancellationToken cancellationToken)
    {
        foreach (var column in table.Columns.Where(c => c.StoreType is "integer" or "bigint"))
        {
            await using var find = new NpgsqlCommand("SELECT pg_get_serial_sequence(@table, @column)", target);
            find.Parameters.AddWithValue("table", Quote(table.Name));
            find.Parameters.AddWithValue("column", column.Name);
            if (await find.ExecuteScalarAsync(cancellationToken) is string sequence)
            {
                await using var move = new NpgsqlCommand(
                    $"SELECT setval(@sequence, COALESCE((SELECT MAX({Quote(column.Name)}) FROM {Quote(table.Name)}), 0) + 1, false)", target);
                move.Parameters.AddWithValue("sequence", sequence);
                await move.ExecuteScalarAsync(cancellationToken);
            }
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>How one column's SQLite value becomes its PostgreSQL value, by the PostgreSQL store type of the shared model.</summary>
    private static class ColumnCopy
    {
        public delegate Task Writer(NpgsqlBinaryImporter importer, SqliteDataReader reader, int ordinal, CancellationToken cancellationToken);

        public static Writer For(string storeType, string table, string column) => storeType switch
        {
            "integer" => Value<int>((r, i) => r.GetInt32(i), NpgsqlDbType.Integer),
            "bigint" => Value<long>((r, i) => r.GetInt64(i), NpgsqlDbType.Bigint),
            "boolean" => Value<bool>((r, i) => r.GetBoolean(i), NpgsqlDbType.Boolean),
            "double precision" => Value<double>((r, i) => r.GetDouble(i), NpgsqlDbType.Double),
            "date" => Value<DateOnly>((r, i) => r.GetFieldValue<DateOnly>(i), NpgsqlDbType.Date),
            // SQLite keeps the offset as written; PostgreSQL keeps the instant (and serves it in UTC).
            "timestamp with time zone" => Value<DateTimeOffset>((r, i) => r.GetFieldValue<DateTimeOffset>(i).ToUniversalTime(), NpgsqlDbType.TimestampTz),
            "bytea" => Value<byte[]>((r, i) => r.GetFieldValue<byte[]>(i), NpgsqlDbType.Bytea),
            _ when storeType == "text" || storeType.StartsWith("character varying", StringComparison.Ordinal) => Value<string>((r, i) => r.GetString(i), NpgsqlDbType.Text),
            _ => throw new StoreMigrationException(
                string.Create(CultureInfo.InvariantCulture, $"column {table}.{column} has store type {storeType}, which migrate-store does not know how to copy")),
        };

        private static Writer Value<T>(Func<SqliteDataReader, int, T> read, NpgsqlDbType type) =>
            async (importer, reader, ordinal, cancellationToken) =>
            {
                // The row is in memory once read: the synchronous check costs no I/O.
                if (reader.IsDBNull(ordinal))
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(read(reader, ordinal), type, cancellationToken);
                }
            };
    }
}
