using Parquet;

namespace CptGraph.Ingestion.Export;

/// <summary>One partition's Parquet file, filled row by row and flushed a row group at a time.</summary>
internal sealed class ObservationParquetFile : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<ExportedObservation> _rows = new(ObservationParquetExporter.RowGroupSize);

    private ObservationParquetFile(FileStream stream, ParquetWriter writer) => (_stream, _writer) = (stream, writer);

    public static async Task<ObservationParquetFile> CreateAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var stream = File.Create(Path.Combine(directory, "part-00000.parquet"));
        var writer = await ParquetWriter.CreateAsync(ObservationParquetColumns.Schema, stream, cancellationToken: cancellationToken);
        return new ObservationParquetFile(stream, writer);
    }

    public async Task AddAsync(ExportedObservation row, CancellationToken cancellationToken)
    {
        if (decimal.Round(row.Amount, ObservationParquetColumns.AmountScale) != row.Amount)
        {
            throw new IngestionException(_stream.Name, $"code {row.BillingCode}, provider {row.ProviderKey}", $"amount {row.Amount} has more than {ObservationParquetColumns.AmountScale} decimal places; it cannot be exported exactly");
        }

        _rows.Add(row);
        if (_rows.Count == ObservationParquetExporter.RowGroupSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(CancellationToken.None);
        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            await group.WriteAsync(ObservationParquetColumns.BillingCode, _rows.Select(r => r.BillingCode).ToArray());
            await group.WriteAsync(ObservationParquetColumns.BillingCodeType, _rows.Select(r => r.BillingCodeType).ToArray());
            await group.WriteAsync(ObservationParquetColumns.BillingClass, _rows.Select(r => r.BillingClass).ToArray());
            await group.WriteAsync(ObservationParquetColumns.Modifiers, _rows.Select(r => r.Modifiers).ToArray());
            await group.WriteAsync(ObservationParquetColumns.ProviderKey, _rows.Select(r => r.ProviderKey).ToArray());
            await group.WriteAsync<decimal>(ObservationParquetColumns.Amount, _rows.Select(r => r.Amount).ToArray(), cancellationToken: cancellationToken);
            await group.WriteAsync(ObservationParquetColumns.NegotiatedType, _rows.Select(r => r.NegotiatedType).ToArray());
            await group.WriteAsync<int>(ObservationParquetColumns.ScreeningFlags, _rows.Select(r => r.ScreeningFlags).ToArray(), cancellationToken: cancellationToken);
            await group.WriteAsync<int>(ObservationParquetColumns.IngestRunId, _rows.Select(r => r.IngestRunId).ToArray(), cancellationToken: cancellationToken);
            await ParquetStringLists.WriteAsync(group, ObservationParquetColumns.Npi, _rows.Select(r => r.Npis).ToArray(), cancellationToken);
            await ParquetStringLists.WriteAsync(group, ObservationParquetColumns.ServiceCode, _rows.Select(r => r.ServiceCodes).ToArray(), cancellationToken);
            group.CompleteValidate();
        }

        _rows.Clear();
    }
}
