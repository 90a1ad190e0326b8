using CptGraph.Domain.Statistics;
using Microsoft.Data.Sqlite;

namespace CptGraph.Bench.Store;

/// <summary>SQLite staging without indexes, then one sorted pass (the count first) into <see cref="SortedSummaryBuilder"/>.</summary>
internal sealed class SqliteSpikeStore(string path) : ISpikeStore
{
    private readonly string _connectionString = $"Data Source={path};Pooling=False";

    public async Task WriteAsync(IEnumerable<SpikeRow> rows)
    {
        File.Delete(path);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE obs (payer INTEGER, vintage TEXT, code TEXT, modifiers TEXT, billing_class TEXT, provider_key TEXT, npis TEXT,
                amount TEXT, negotiated_type TEXT, run INTEGER)
            """);
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO obs VALUES (1, '2026-09', '99213', '', 'professional', $provider, $npis, $amount, 'negotiated', 1)";
        var provider = insert.Parameters.Add("$provider", SqliteType.Text);
        var npis = insert.Parameters.Add("$npis", SqliteType.Text);
        var amount = insert.Parameters.Add("$amount", SqliteType.Text);
        insert.Prepare();
        foreach (var row in rows)
        {
            (provider.Value, npis.Value, amount.Value) = (row.ProviderKey, row.Npis, row.Amount);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task<string> SummariseAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM obs WHERE code = '99213' AND modifiers = ''";
        var builder = new SortedSummaryBuilder((long)(await count.ExecuteScalarAsync())!);
        await using var stream = connection.CreateCommand();
        stream.CommandText = "SELECT amount FROM obs WHERE code = '99213' AND modifiers = '' ORDER BY CAST(amount AS REAL)";
        await using var reader = await stream.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            builder.Add(reader.GetDecimal(0));
        }

        var s = builder.Build();
        return $"count {s.Count} p10 {s.P10} p25 {s.P25} median {s.Median} p75 {s.P75} p90 {s.P90} mean {s.Mean}";
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
