using CptGraph.Domain.Rates;
using Npgsql;
using NpgsqlTypes;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// PostgreSQL's observation write path: each batch goes through binary <c>COPY</c> (Npgsql's importer) into a temporary
/// table of the ingest's transaction, then one <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c> moves it into
/// <c>RateObservations</c>. COPY alone cannot skip the repeats the unique index rejects (a conflict would abort the
/// file's transaction), and the INSERT's row count is "how many were new", as on SQLite. The temporary table is
/// dropped at commit or rollback, so a failed file leaves nothing behind.
/// </summary>
internal sealed class PostgresObservationCopy : IDisposable
{
    private const string Batch = "cptgraph_observation_batch";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _clear;
    private readonly NpgsqlCommand _insert;

    public PostgresObservationCopy(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        using (var create = new NpgsqlCommand($"""
            CREATE TEMPORARY TABLE IF NOT EXISTS {Batch} (
              "CodeId" integer NOT NULL, "ModifierKey" text NOT NULL, "BillingClass" text NOT NULL,
              "ProviderKey" text NOT NULL, "Amount" double precision NOT NULL, "NegotiatedType" text NOT NULL,
              "ProviderGroupId" integer NULL, "ServiceCodes" text NOT NULL) ON COMMIT DROP
            """, connection, transaction))
        {
            create.ExecuteNonQuery();
        }

        _clear = new NpgsqlCommand($"TRUNCATE {Batch}", connection, transaction);
        _insert = new NpgsqlCommand(
            $"{ObservationInsertSql.Into}SELECT @payer, @vintage, @run, @month, {ObservationInsertSql.RowColumnList("b.")}, 0 FROM {Batch} b{ObservationInsertSql.OnConflict}",
            connection, transaction);
        _insert.Parameters.Add(new NpgsqlParameter("payer", NpgsqlDbType.Integer));
        _insert.Parameters.Add(new NpgsqlParameter("vintage", NpgsqlDbType.Date));
        _insert.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Integer));
        _insert.Parameters.Add(new NpgsqlParameter("month", NpgsqlDbType.Varchar));
    }

    /// <summary>Stores one batch of a payer's vintage (screening flags are set by the recompute); returns how many were new.</summary>
    public int Insert(int payerId, DateOnly? vintage, int runId, ReadOnlySpan<ObservationRow> rows)
    {
        _clear.ExecuteNonQuery();
        using (var copy = _connection.BeginBinaryImport($"COPY {Batch} ({ObservationInsertSql.RowColumnList()}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (ref readonly var row in rows)
            {
                copy.StartRow();
                copy.Write(row.CodeId, NpgsqlDbType.Integer);
                copy.Write(row.ModifierKey, NpgsqlDbType.Text);
                copy.Write(row.BillingClassName, NpgsqlDbType.Text);
                copy.Write(row.ProviderKey, NpgsqlDbType.Text);
                copy.Write((double)row.Amount, NpgsqlDbType.Double);
                copy.Write(row.NegotiatedType, NpgsqlDbType.Text);
                if (row.ProviderGroupId is { } group)
                {
                    copy.Write(group, NpgsqlDbType.Integer);
                }
                else
                {
                    copy.WriteNull();
                }

                copy.Write(row.ServiceCodes, NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        _insert.Parameters[0].Value = payerId;
        _insert.Parameters[1].Value = vintage is { } date ? date : DBNull.Value;
        _insert.Parameters[2].Value = runId;
        _insert.Parameters[3].Value = Vintages.MonthOf(vintage);
        return _insert.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _clear.Dispose();
        _insert.Dispose();
    }
}
