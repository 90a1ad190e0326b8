using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;

namespace CptGraph.Bench.Store;

/// <summary>Parquet.Net files in row groups of 131,072, aggregated by DuckDB's <c>read_parquet</c>.</summary>
internal sealed class ParquetSpikeStore(string directory) : ISpikeStore
{
    private const int RowGroup = 131_072;
    private static readonly DataField<string> Code = new("code", false);
    private static readonly DataField<string> Modifiers = new("modifiers", false);
    private static readonly DataField<string> Provider = new("provider_key", false);
    private static readonly DataField<string> Npis = new("npis", false);
    private static readonly DecimalDataField Amount = new("amount", 28, 10, false, false);

    public async Task WriteAsync(IEnumerable<SpikeRow> rows)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, true);
        }

        var partition = Directory.CreateDirectory(Path.Combine(directory, "payer=1", "vintage=2026-09")).FullName;
        await using var stream = File.Create(Path.Combine(partition, "part-00000.parquet"));
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(Code, Modifiers, Provider, Npis, Amount), stream);
        foreach (var chunk in rows.Chunk(RowGroup))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(Code, Enumerable.Repeat("99213", chunk.Length).ToArray());
            await group.WriteAsync(Modifiers, Enumerable.Repeat("", chunk.Length).ToArray());
            await group.WriteAsync(Provider, chunk.Select(r => r.ProviderKey).ToArray());
            await group.WriteAsync(Npis, chunk.Select(r => r.Npis).ToArray());
            await group.WriteAsync<decimal>(Amount, chunk.Select(r => r.Amount).ToArray());
        }
    }

    public async Task<string> SummariseAsync()
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await DuckDbSpikeStore.LimitAsync(connection);
        return await DuckDbSpikeStore.Summary(connection, $"read_parquet('{directory}/*/*/*.parquet', hive_partitioning = true)");
    }
}
