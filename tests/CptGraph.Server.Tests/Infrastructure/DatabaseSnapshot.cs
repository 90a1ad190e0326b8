using System.Text;
using Microsoft.Data.Sqlite;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// Every row of every table, as text: two equal snapshots mean the database did not change. The records of
/// runs that wrote no data (FAILED, SKIPPED) are left out: a rejected or repeated file must change nothing
/// else, and writing down that it happened is the one change it is allowed (tests check those rows apart).
/// </summary>
public static class DatabaseSnapshot
{
    // Quoted identifiers: the same filters run on SQLite and PostgreSQL.
    private const string Succeeded = """(SELECT "Id" FROM "IngestRuns" WHERE "Status" = 'Succeeded')""";

    private static readonly Dictionary<string, string> Filters = new(StringComparer.Ordinal)
    {
        ["IngestRuns"] = """WHERE "Status" = 'Succeeded'""",
        ["IngestRunPlans"] = $"""WHERE "IngestRunId" IN {Succeeded}""",
        ["sqlite_sequence"] = "WHERE name NOT IN ('IngestRuns', 'IngestRunPlans')",
    };

    /// <summary>The snapshot of either store: on PostgreSQL every table of the public schema, rows in the order of all their columns.</summary>
    public static string Of(TestDatabase database, params string[] onlyTables) =>
        database.IsPostgres ? OfPostgres(database, onlyTables) : Of(database.Location, onlyTables);

    private static string OfPostgres(TestDatabase database, string[] onlyTables)
    {
        using var connection = database.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\"";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables.Where(t => onlyTables.Length == 0 || onlyTables.Contains(t)))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT t::text FROM \"{table}\" t {Filters.GetValueOrDefault(table)} ORDER BY 1";
            using var reader = select.ExecuteReader();
            text.Append("## ").AppendLine(table);
            while (reader.Read())
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        return text.ToString();
    }

    /// <param name="onlyTables">Compare just these tables (e.g. the rate tables of two databases fed the same file from different places).</param>
    public static string Of(string databasePath, params string[] onlyTables)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Mode=ReadOnly");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            // FTS5 shadow tables (CodeSearch_data, ...) hold the index derived from the virtual table, which is compared itself.
            list.CommandText = """
                SELECT name FROM sqlite_master AS t WHERE type = 'table' AND NOT EXISTS (
                  SELECT 1 FROM sqlite_master AS v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '\_%' ESCAPE '\')
                ORDER BY name
                """;
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables.Where(t => onlyTables.Length == 0 || onlyTables.Contains(t)))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" {Filters.GetValueOrDefault(table)} ORDER BY rowid";
            using var reader = select.ExecuteReader();
            text.Append("## ").AppendLine(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
