using DuckDB.NET.Data;

namespace CptGraph.Bench.Store;

/// <summary>DuckDB: the Appender in, <c>quantile_cont</c> out (DuckDB sorts out of core itself).</summary>
internal sealed class DuckDbSpikeStore(string path) : ISpikeStore
{
    /// <summary>DuckDB's memory_limit for the run (DUCKDB_MEMORY_LIMIT, e.g. 96MB); its default is 80% of RAM.</summary>
    public static async Task LimitAsync(DuckDBConnection connection)
    {
        if (Environment.GetEnvironmentVariable("DUCKDB_MEMORY_LIMIT") is { Length: > 0 } limit)
        {
            await using var set = connection.CreateCommand();
            set.CommandText = $"SET memory_limit = '{limit}'";
            await set.ExecuteNonQueryAsync();
        }
    }

    public async Task WriteAsync(IEnumerable<SpikeRow> rows)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
        await using var connection = new DuckDBConnection($"Data Source={path}");
        await connection.OpenAsync();
        await LimitAsync(connection);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE obs (payer INTEGER, vintage VARCHAR, code VARCHAR, modifiers VARCHAR, billing_class VARCHAR,
                    provider_key VARCHAR, npis VARCHAR, amount DECIMAL(18, 2), negotiated_type VARCHAR, run INTEGER)
                """;
            await create.ExecuteNonQueryAsync();
        }

        using var appender = connection.CreateAppender("obs");
        foreach (var row in rows)
        {
            appender.CreateRow().AppendValue(1).AppendValue("2026-09").AppendValue("99213").AppendValue("").AppendValue("professional")
                .AppendValue(row.ProviderKey).AppendValue(row.Npis).AppendValue(row.Amount).AppendValue("negotiated").AppendValue(1).EndRow();
        }
    }

    public async Task<string> SummariseAsync()
    {
        await using var connection = new DuckDBConnection($"Data Source={path}");
        await connection.OpenAsync();
        await LimitAsync(connection);
        return await Summary(connection, "obs");
    }

    /// <summary>The same distribution in DuckDB SQL over <paramref name="source"/> (a table or read_parquet(...)).</summary>
    public static async Task<string> Summary(DuckDBConnection connection, string source)
    {
        await using var query = connection.CreateCommand();
        query.CommandText = $"""
            SELECT count(*), quantile_cont(amount::DECIMAL(38, 10), 0.10), quantile_cont(amount::DECIMAL(38, 10), 0.25),
                quantile_cont(amount::DECIMAL(38, 10), 0.5), quantile_cont(amount::DECIMAL(38, 10), 0.75),
                quantile_cont(amount::DECIMAL(38, 10), 0.90), round(avg(amount::DECIMAL(38, 10)), 4)
            FROM {source} WHERE code = '99213' AND modifiers = ''
            """;
        await using var reader = await query.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"count {reader.GetValue(0)} p10 {reader.GetValue(1)} p25 {reader.GetValue(2)} median {reader.GetValue(3)} p75 {reader.GetValue(4)} p90 {reader.GetValue(5)} mean {reader.GetValue(6)}";
    }
}
