using System.Data.Common;
using CptGraph.Data;
using CptGraph.Domain.Providers;
using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Export;

/// <summary>
/// Writes every stored observation as Hive-partitioned Parquet: <c>DIR/payer=NAME/vintage=yyyy-MM/part-00000.parquet</c>
/// (<see cref="ObservationParquetColumns"/>), read in index order (payer, vintage, code) so each partition is one file
/// written in row groups of <see cref="RowGroupSize"/>: memory is one row group whatever the table's size. The folder
/// appears complete or not at all: it is written beside the target and renamed at the end.
/// </summary>
public sealed class ObservationParquetExporter(CptGraphDbContext db)
{
    /// <summary>Rows per Parquet row group.</summary>
    public const int RowGroupSize = 131_072;

    /// <summary>Hive's name for a null partition value: undated files' observations.</summary>
    public const string UndatedPartition = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>Exports into <paramref name="directory"/>, which must not exist yet; returns the observations written.</summary>
    public async Task<long> ExportAsync(string directory, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(directory);
        if (Directory.Exists(target) || File.Exists(target))
        {
            throw new IngestionException(target, "--out", "already exists; export writes a new folder (remove it or choose another --out)");
        }

        var partial = target + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(partial);
        try
        {
            var written = await WriteAsync(partial, progress, cancellationToken);
            Directory.Move(partial, target);
            return written;
        }
        catch
        {
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }

    /// <summary>The partition folder of one payer vintage, relative to the export's root.</summary>
    public static string PartitionOf(string payerName, string vintageMonth) =>
        Path.Combine($"payer={Uri.EscapeDataString(payerName)}", $"vintage={(vintageMonth == Vintages.Undated ? UndatedPartition : vintageMonth)}");

    private async Task<long> WriteAsync(string root, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = IngestCommands.Create(db, """
                SELECT p."Name", o."VintageMonth", c."Value", c."CodeType", o."BillingClass", o."ModifierKey", o."ProviderKey",
                    o."Amount", o."NegotiatedType", o."ScreeningFlags", o."IngestRunId", o."PayerId", COALESCE(g."Npis", ''), o."ServiceCodes"
                FROM "RateObservations" o JOIN "Payers" p ON p."Id" = o."PayerId" JOIN "Codes" c ON c."Id" = o."CodeId"
                LEFT JOIN "ProviderGroups" g ON g."Id" = o."ProviderGroupId"
                ORDER BY o."PayerId", o."VintageMonth", o."CodeId"
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            ObservationParquetFile? file = null;
            (long Payer, string Month)? partition = null;
            var written = 0L;
            try
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = (reader.GetInt64(11), reader.GetString(1));
                    if (partition != key)
                    {
                        if (file is not null)
                        {
                            await file.DisposeAsync();
                        }

                        partition = key;
                        file = await ObservationParquetFile.CreateAsync(Path.Combine(root, PartitionOf(reader.GetString(0), key.Item2)), cancellationToken);
                    }

                    await file!.AddAsync(Read(reader), cancellationToken);
                    if (++written % RowGroupSize == 0)
                    {
                        progress?.Report(written);
                    }
                }
            }
            finally
            {
                if (file is not null)
                {
                    await file.DisposeAsync();
                }
            }

            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static ExportedObservation Read(DbDataReader reader) => new(
        reader.GetString(2),
        reader.GetString(3),
        TicName(reader.GetString(4)),
        reader.GetString(5),
        reader.GetString(6),
        AscendingAmounts<bool>.AmountOf(reader, 7),
        reader.GetString(8),
        reader.GetInt32(9),
        reader.GetInt32(10),
        NpiSet.Split(reader.GetString(12)),
        NpiSet.Split(reader.GetString(13)));

    // Stored by enum name; exported as TiC spells billing_class.
    private static string TicName(string storedName) => storedName.ToLowerInvariant();
}
