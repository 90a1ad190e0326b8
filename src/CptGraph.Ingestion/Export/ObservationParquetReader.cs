using Parquet;
using Parquet.Schema;

namespace CptGraph.Ingestion.Export;

/// <summary>
/// Reads an exported observation file (<see cref="ObservationParquetColumns"/>) one row group at a time, so memory is
/// one row group whatever the file's size. A file without one of the columns is refused with the column's name.
/// </summary>
public static class ObservationParquetReader
{
    /// <summary>Each row group's observations, in file order.</summary>
    /// <exception cref="IngestionException">The file is not Parquet, or lacks a column of the export.</exception>
    public static async IAsyncEnumerable<List<ExportedObservation>> ReadAsync(string path,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        ParquetReader? reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException)
        {
            throw new IngestionException(path, "file", $"is not a readable Parquet file ({e.Message})");
        }

        await using (reader)
        {
            var missing = ObservationParquetColumns.Schema.Fields.Select(f => f.Name).Except(reader.Schema.Fields.Select(f => f.Name)).ToList();
            if (missing.Count > 0)
            {
                throw new IngestionException(path, "schema", $"lacks the export's column(s) {string.Join(", ", missing)}");
            }

            for (var i = 0; i < reader.RowGroupCount; i++)
            {
                using var group = reader.OpenRowGroupReader(i);
                yield return await ReadGroupAsync(group, path, cancellationToken);
            }
        }
    }

    private static async Task<List<ExportedObservation>> ReadGroupAsync(ParquetRowGroupReader group, string path, CancellationToken cancellationToken)
    {
        var count = checked((int)group.RowCount);
        async Task<string[]> Strings(DataField field)
        {
            var values = new string?[count];
            await group.ReadAsync(field, values.AsMemory(), null, cancellationToken);
            return values.Select((v, row) => v ?? throw new IngestionException(path, $"row {row}, {field.Name}", "is null")).ToArray();
        }

        async Task<T[]> Values<T>(DataField field) where T : struct
        {
            var values = new T[count];
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken);
            return values;
        }

        var (codes, types, classes, modifiers, providers, negotiated) = (await Strings(ObservationParquetColumns.BillingCode),
            await Strings(ObservationParquetColumns.BillingCodeType), await Strings(ObservationParquetColumns.BillingClass),
            await Strings(ObservationParquetColumns.Modifiers), await Strings(ObservationParquetColumns.ProviderKey),
            await Strings(ObservationParquetColumns.NegotiatedType));
        var amounts = await Values<decimal>(ObservationParquetColumns.Amount);
        var flags = await Values<int>(ObservationParquetColumns.ScreeningFlags);
        var runs = await Values<int>(ObservationParquetColumns.IngestRunId);
        var npis = await ParquetStringLists.ReadAsync(group, ObservationParquetColumns.Npi, cancellationToken);
        var serviceCodes = await ParquetStringLists.ReadAsync(group, ObservationParquetColumns.ServiceCode, cancellationToken);
        if (npis.Count != count || serviceCodes.Count != count)
        {
            throw new IngestionException(path, "npis/service_codes", $"hold {npis.Count}/{serviceCodes.Count} lists for {count} rows");
        }

        var rows = new List<ExportedObservation>(count);
        for (var row = 0; row < count; row++)
        {
            rows.Add(new ExportedObservation(codes[row], types[row], classes[row], modifiers[row], providers[row], amounts[row],
                negotiated[row], flags[row], runs[row], npis[row], serviceCodes[row]));
        }

        return rows;
    }
}
