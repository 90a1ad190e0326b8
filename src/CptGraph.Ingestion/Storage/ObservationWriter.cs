using System.Data.Common;
using CptGraph.Data;
using CptGraph.Domain.Providers;
using CptGraph.Domain.Rates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// The ingest write path: bulk statements on the ingest's own transaction. Rows skip EF's change
/// tracker because a payer file holds millions of rates; deduplication is the unique index's job
/// (<c>ON CONFLICT DO NOTHING</c>, valid on SQLite and PostgreSQL), so "was it new" is the affected-row count.
/// </summary>
public sealed class ObservationWriter : IDisposable
{
    private readonly int _runId;
    private readonly DbCommand _insertSeparate;
    private readonly DbCommand _insertArrangement;
    private readonly DbCommand _insertCode;
    private readonly DbCommand _findCode;
    private readonly DbCommand _insertGroup;
    private readonly DbCommand _findGroup;
    private readonly DbCommand _insertGroupNpi;
    private readonly Dictionary<string, int> _codeIds = new(StringComparer.Ordinal);

    // (TIN, NPI set) → group id. A file names far fewer groups than rates, but a national one can name millions:
    // past the bound the cache starts over and a group costs one indexed lookup again. The bound is the ingest's
    // memory budget, not a speed knob: at 200,000 keys (two strings each) the cache alone outgrew the 128 MB heap
    // limit (IngestHeapLimit) on a 100,000-group file; 16,384 keys is a few MB, sized once so it never resizes.
    private const int MaxCachedGroups = 16_384;
    private readonly Dictionary<(string TinKey, string Npis), int> _groupIds = new(MaxCachedGroups);
    private readonly SqliteObservationStatement? _sqliteInsert;
    private readonly PostgresObservationCopy? _postgresCopy;

    public ObservationWriter(CptGraphDbContext db, int runId)
    {
        _runId = runId;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The writer needs the ingest transaction to be open.");
        // SQLite: positional multi-row statements; PostgreSQL: binary COPY through a temporary table.
        _sqliteInsert = connection is SqliteConnection sqlite ? new SqliteObservationStatement(sqlite) : null;
        _postgresCopy = connection is NpgsqlConnection npgsql ? new PostgresObservationCopy(npgsql, (NpgsqlTransaction)transaction) : null;
        _insertSeparate = Prepare(connection, transaction,
            """INSERT INTO "SeparateRates" ("PayerId","BillingCode","BillingCodeType","Kind","Value","BillingClass","ModifierKey","ProviderKey","IngestRunId") VALUES (@p0,@p1,@p2,@p3,@p4,@p5,@p6,@p7,@p8)""", 9);
        _insertArrangement = Prepare(connection, transaction,
            """INSERT INTO "ArrangementRecords" ("PayerId","Arrangement","BillingCode","BillingCodeType","ContainedCodes","RateCount","IngestRunId") VALUES (@p0,@p1,@p2,@p3,@p4,@p5,@p6)""", 7);
        // DescriptorLicensed is named (false: a TiC file's description is not an official descriptor): only SQLite's
        // migration gave the column a default, PostgreSQL's table (created whole from the model) has none.
        _insertCode = Prepare(connection, transaction,
            """INSERT INTO "Codes" ("Value","CodeType","Description","ContentSource","DescriptorLicensed") VALUES (@p0,@p1,@p2,@p3,@p4) ON CONFLICT DO NOTHING""", 5);
        _findCode = Prepare(connection, transaction, """SELECT "Id" FROM "Codes" WHERE "Value" = @p0""", 1);
        _insertGroup = Prepare(connection, transaction,
            """INSERT INTO "ProviderGroups" ("ProviderKey","NpiSetHash","Npis","NpiCount") VALUES (@p0,@p1,@p2,@p3) ON CONFLICT DO NOTHING""", 4);
        _findGroup = Prepare(connection, transaction, """SELECT "Id" FROM "ProviderGroups" WHERE "ProviderKey" = @p0 AND "NpiSetHash" = @p1""", 2);
        _insertGroupNpi = Prepare(connection, transaction,
            """INSERT INTO "ProviderGroupNpis" ("ProviderGroupId","Npi") VALUES (@p0,@p1) ON CONFLICT DO NOTHING""", 2);
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

        Execute(_insertCode, code, codeType, description, description is null ? null : source, false);
        id = Convert.ToInt32(Bind(_findCode, code).ExecuteScalar());
        _codeIds[code] = id;
        return id;
    }

    /// <summary>
    /// The id of the provider group <paramref name="tinKey"/> + <paramref name="npis"/> (canonical, <see cref="NpiSet"/>),
    /// storing it and its NPIs the first time any file names it.
    /// </summary>
    public int ProviderGroupId(string tinKey, string npis)
    {
        if (_groupIds.TryGetValue((tinKey, npis), out var id))
        {
            return id;
        }

        var hash = NpiSet.Hash(npis);
        var members = NpiSet.Split(npis);
        var created = Execute(_insertGroup, tinKey, hash, npis, members.Length) > 0;
        id = Convert.ToInt32(Bind(_findGroup, tinKey, hash).ExecuteScalar());
        if (created)
        {
            foreach (var npi in members)
            {
                Execute(_insertGroupNpi, id, npi);
            }
        }

        if (_groupIds.Count >= MaxCachedGroups)
        {
            _groupIds.Clear();
        }

        _groupIds[(tinKey, npis)] = id;
        return id;
    }

    /// <summary>
    /// Stores many observations of one payer and vintage in bulk (multi-row statements on SQLite, binary COPY on
    /// PostgreSQL), a fraction of one statement per row; returns how many were new (the rest repeat a stored contract).
    /// </summary>
    public int AddObservations(int payerId, DateOnly? vintage, ReadOnlySpan<ObservationRow> rows)
    {
        foreach (ref readonly var row in rows)
        {
            TouchedCodeIds.Add(row.CodeId);
        }

        if (_sqliteInsert is { } sqlite)
        {
            var vintageText = vintage?.ToString("yyyy-MM-dd");
            var inserted = 0;
            var month = Vintages.MonthOf(vintage);
            for (var start = 0; start < rows.Length; start += SqliteObservationStatement.MaxRows)
            {
                var chunk = rows.Slice(start, Math.Min(SqliteObservationStatement.MaxRows, rows.Length - start));
                inserted += sqlite.Insert(payerId, vintageText, _runId, month, chunk);
            }

            return inserted;
        }

        return _postgresCopy!.Insert(payerId, vintage, _runId, rows);
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
        _sqliteInsert?.Dispose();
        _postgresCopy?.Dispose();
        foreach (var command in new[] { _insertSeparate, _insertArrangement, _insertCode, _findCode, _insertGroup, _findGroup, _insertGroupNpi })
        {
            command.Dispose();
        }
    }

    // Both stores keep decimals as double precision (see CptGraphDbContext.ConfigureConventions).
    private static object Money(decimal value) => (double)value;

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = IngestCommands.Create(connection, transaction, sql, [.. Enumerable.Range(0, parameters).Select(i => $"@p{i}")]);
        if (command is SqliteCommand)
        {
            // Npgsql cannot prepare a statement before its parameters have values (and prepares repeated ones itself).
            command.Prepare();
        }

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
