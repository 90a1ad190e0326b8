using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// The SQLite fast path for storing observations: prepared multi-row INSERTs driven through SQLite's own API,
/// binding by position. Microsoft.Data.Sqlite re-resolves every parameter by name on every execution (a UTF-8
/// conversion and a lookup per parameter), which the ingest profile showed costing two thirds of the writer thread;
/// here a row costs one bind per column. Rows go <see cref="MaxRows"/> to a statement because each statement also
/// pays fixed costs (VDBE start, the AUTOINCREMENT counter's update) that a single-row insert pays per row. It runs
/// on the ingest's connection inside its open transaction.
/// </summary>
internal sealed class SqliteObservationStatement : IDisposable
{
    public const int MaxRows = 64;

    // Bound once per statement: payer, vintage, run and vintage month; then eight columns per row.
    private static readonly int SharedParameters = ObservationInsertSql.SharedColumns.Length;
    private static readonly int RowParameters = ObservationInsertSql.RowColumns.Length;

    // Provider keys repeat across every code of a file: their UTF-8 bytes are encoded once (up to a bound). The
    // bound is small because a file with millions of distinct TINs would otherwise keep ~30 MB of them alive.
    private const int MaxCachedTexts = 16_384;

    private readonly sqlite3 _db;
    private readonly Dictionary<int, sqlite3_stmt> _statements = [];
    private readonly Dictionary<string, byte[]> _utf8 = new(StringComparer.Ordinal);

    public SqliteObservationStatement(SqliteConnection connection) =>
        _db = connection.Handle ?? throw new InvalidOperationException("The ingest connection is not open.");

    /// <summary>
    /// Stores up to <see cref="MaxRows"/> rows of one payer vintage and returns how many were new (the rest repeat a
    /// stored contract and are skipped by <c>ON CONFLICT DO NOTHING</c>).
    /// </summary>
    public int Insert(int payerId, string? vintage, int runId, string vintageMonth, ReadOnlySpan<ObservationRow> rows)
    {
        var statement = For(rows.Length);
        Check(raw.sqlite3_bind_int(statement, 1, payerId));
        Check(vintage is null ? raw.sqlite3_bind_null(statement, 2) : raw.sqlite3_bind_text(statement, 2, vintage));
        Check(raw.sqlite3_bind_int(statement, 3, runId));
        BindText(statement, 4, vintageMonth);
        var index = SharedParameters + 1;
        foreach (ref readonly var row in rows)
        {
            Check(raw.sqlite3_bind_int(statement, index, row.CodeId));
            BindText(statement, index + 1, row.ModifierKey);
            BindText(statement, index + 2, row.BillingClassName);
            BindText(statement, index + 3, row.ProviderKey);
            Check(raw.sqlite3_bind_double(statement, index + 4, (double)row.Amount));
            BindText(statement, index + 5, row.NegotiatedType);
            Check(row.ProviderGroupId is { } group ? raw.sqlite3_bind_int(statement, index + 6, group) : raw.sqlite3_bind_null(statement, index + 6));
            BindText(statement, index + 7, row.ServiceCodes);
            index += RowParameters;
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }

        return raw.sqlite3_changes(_db);
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
    }

    // One statement per row count that occurs (a full chunk and the occasional shorter tail), prepared once.
    private sqlite3_stmt For(int rows)
    {
        if (_statements.TryGetValue(rows, out var statement))
        {
            return statement;
        }

        var sql = new StringBuilder(ObservationInsertSql.Into).Append("VALUES ");
        for (var row = 0; row < rows; row++)
        {
            var first = SharedParameters + 1 + row * RowParameters;
            sql.Append(row == 0 ? "" : ",").Append("(?1,?2,?3,?4");
            for (var column = 0; column < RowParameters; column++)
            {
                sql.Append(",?").Append(first + column);
            }

            sql.Append(",0)");
        }

        Check(raw.sqlite3_prepare_v2(_db, sql.Append(ObservationInsertSql.OnConflict).ToString(), out statement));
        _statements[rows] = statement;
        return statement;
    }

    // An empty span would reach SQLite as a null pointer, i.e. NULL; the empty modifier key must stay ''.
    private void BindText(sqlite3_stmt statement, int index, string text) =>
        Check(text.Length == 0 ? raw.sqlite3_bind_text(statement, index, "") : raw.sqlite3_bind_text(statement, index, Utf8(text)));

    private ReadOnlySpan<byte> Utf8(string text)
    {
        if (_utf8.TryGetValue(text, out var bytes))
        {
            return bytes;
        }

        if (_utf8.Count >= MaxCachedTexts)
        {
            _utf8.Clear();
        }

        bytes = Encoding.UTF8.GetBytes(text);
        _utf8[text] = bytes;
        return bytes;
    }

    // The same exception Microsoft.Data.Sqlite throws, so a full disk or a lock reads the same to the CLI.
    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _db);
}
