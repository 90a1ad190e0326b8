using System.Data.Common;
using CptGraph.Data;
using CptGraph.Domain.Rates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// The ingest write path: prepared INSERT statements on the ingest's own transaction. Rows skip EF's change
/// tracker because a payer file holds millions of rates; deduplication is the unique index's job
/// (<c>ON CONFLICT DO NOTHING</c>, valid on SQLite and PostgreSQL), so "was it new" is the affected-row count.
/// </summary>
public sealed class ObservationWriter : IDisposable
{
    private readonly bool _sqlite;
    private readonly int _runId;
    private readonly DbCommand _insertSeparate;
    private readonly DbCommand _insertArrangement;
    private readonly DbCommand _insertCode;
    private readonly DbCommand _findCode;
    private readonly Dictionary<string, int> _codeIds = new(StringComparer.Ordinal);
    private readonly MultiRowInsert _insertObservations;
    private readonly SqliteObservationStatement? _sqliteInsert;

    public ObservationWriter(CptGraphDbContext db, int runId)
    {
        _sqlite = db.Database.IsSqlite();
        _runId = runId;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The writer needs the ingest transaction to be open.");
        _insertObservations = new MultiRowInsert(connection, transaction,
            """INSERT INTO "RateObservations" ("PayerId","CodeId","ModifierKey","BillingClass","ProviderKey","Amount","NegotiatedType","Vintage","IngestRunId","VintageMonth","ScreeningFlags") VALUES """,
            ["PayerId", "CodeId", "ModifierKey", "BillingClass", "ProviderKey", "Amount", "NegotiatedType", "Vintage", "IngestRunId", "VintageMonth", "ScreeningFlags"],
            ["PayerId", "Vintage", "IngestRunId", "VintageMonth", "ScreeningFlags"], " ON CONFLICT DO NOTHING");
        // SQLite gets the positional fast path; other providers (PostgreSQL) the portable multi-row statements.
        _sqliteInsert = connection is SqliteConnection sqlite ? new SqliteObservationStatement(sqlite) : null;
        _insertSeparate = Prepare(connection, transaction,
            """INSERT INTO "SeparateRates" ("PayerId","BillingCode","BillingCodeType","Kind","Value","BillingClass","ModifierKey","ProviderKey","IngestRunId") VALUES (@p0,@p1,@p2,@p3,@p4,@p5,@p6,@p7,@p8)""", 9);
        _insertArrangement = Prepare(connection, transaction,
            """INSERT INTO "ArrangementRecords" ("PayerId","Arrangement","BillingCode","BillingCodeType","ContainedCodes","RateCount","IngestRunId") VALUES (@p0,@p1,@p2,@p3,@p4,@p5,@p6)""", 7);
        _insertCode = Prepare(connection, transaction,
            """INSERT INTO "Codes" ("Value","CodeType","Description","ContentSource") VALUES (@p0,@p1,@p2,@p3) ON CONFLICT DO NOTHING""", 4);
        _findCode = Prepare(connection, transaction, """SELECT "Id" FROM "Codes" WHERE "Value" = @p0""", 1);
    }

    /// <summary>The ids of the codes this writer stored observations for: the distributions to recompute.</summary>
    public HashSet<int> TouchedCodeIds { get; } = [];

    /// <summary>The id of <paramref name="code"/>, creating a bare code row (with the file's description) if new.</summary>
    public int CodeId(string code, string codeType, string? description, string source)
    {
        if (_codeIds.TryGetValue(code, out var id))
        {
            return id;
        }

        Execute(_insertCode, code, codeType, description, description is null ? null : source);
        id = Convert.ToInt32(Bind(_findCode, code).ExecuteScalar());
        _codeIds[code] = id;
        return id;
    }

    /// <summary>
    /// Stores many observations of one payer and vintage with multi-row statements, which cost a fraction of
    /// one statement per row; returns how many were new (the rest repeat a stored contract).
    /// </summary>
    public int AddObservations(int payerId, DateOnly? vintage, ReadOnlySpan<ObservationRow> rows)
    {
        var vintageText = vintage?.ToString("yyyy-MM-dd");
        var inserted = 0;
        if (_sqliteInsert is { } sqlite)
        {
            foreach (ref readonly var row in rows)
            {
                TouchedCodeIds.Add(row.CodeId);
            }

            var month = Vintages.MonthOf(vintage);
            for (var start = 0; start < rows.Length; start += SqliteObservationStatement.MaxRows)
            {
                var chunk = rows.Slice(start, Math.Min(SqliteObservationStatement.MaxRows, rows.Length - start));
                inserted += sqlite.Insert(payerId, vintageText, _runId, month, chunk);
            }

            return inserted;
        }

        while (rows.Length > 0)
        {
            var chunk = rows[..Math.Min(rows.Length, MultiRowInsert.MaxRows)];
            var command = _insertObservations.For(chunk.Length);
            var parameters = command.Parameters;
            parameters[0].Value = payerId;
            parameters[1].Value = (object?)vintageText ?? DBNull.Value;
            parameters[2].Value = _runId;
            parameters[3].Value = Vintages.MonthOf(vintage);
            parameters[4].Value = 0; // screening flags are set when the distributions are recomputed
            var p = 5;
            foreach (ref readonly var row in chunk)
            {
                TouchedCodeIds.Add(row.CodeId);
                parameters[p++].Value = row.CodeId;
                parameters[p++].Value = row.ModifierKey;
                parameters[p++].Value = row.BillingClassName;
                parameters[p++].Value = row.ProviderKey;
                parameters[p++].Value = Money(row.Amount);
                parameters[p++].Value = row.NegotiatedType;
            }

            inserted += command.ExecuteNonQuery();
            rows = rows[chunk.Length..];
        }

        return inserted;
    }

    public void AddSeparateRate(int payerId, string billingCode, string billingCodeType, SeparateRateKind kind,
        decimal value, TicBillingClass billingClass, string modifierKey, string providerKey) =>
        Execute(_insertSeparate, payerId, billingCode, billingCodeType, kind.ToString(), Money(value),
            billingClass.ToString(), modifierKey, providerKey, _runId);

    public void AddArrangement(int payerId, string arrangement, string billingCode, string billingCodeType,
        string containedCodes, int rateCount) =>
        Execute(_insertArrangement, payerId, arrangement, billingCode, billingCodeType, containedCodes, rateCount, _runId);

    public void Dispose()
    {
        _insertObservations.Dispose();
        _sqliteInsert?.Dispose();
        foreach (var command in new[] { _insertSeparate, _insertArrangement, _insertCode, _findCode })
        {
            command.Dispose();
        }
    }

    // SQLite stores decimals as REAL (see CptGraphDbContext.ConfigureConventions); other providers take decimal.
    private object Money(decimal value) => _sqlite ? (double)value : value;

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = IngestCommands.Create(connection, transaction, sql, [.. Enumerable.Range(0, parameters).Select(i => $"@p{i}")]);
        command.Prepare();
        return command;
    }

    private static DbCommand Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    private static int Execute(DbCommand command, params object?[] values) => Bind(command, values).ExecuteNonQuery();
}
