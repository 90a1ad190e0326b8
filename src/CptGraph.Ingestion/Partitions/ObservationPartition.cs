using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Export;

namespace CptGraph.Ingestion.Partitions;

/// <summary>
/// One Parquet file of a Hive-partitioned observation folder, with the payer and vintage its path names
/// (<c>…/payer=NAME/vintage=yyyy-MM/FILE.parquet</c>, values URL-escaped as <see cref="ObservationParquetExporter.PartitionOf"/> writes them).
/// </summary>
/// <param name="VintageMonth"><c>yyyy-MM</c>, or <see cref="Vintages.Undated"/> for Hive's default partition.</param>
public sealed record ObservationPartition(string Path, string PayerName, string VintageMonth)
{
    /// <summary>Every partition file under <paramref name="root"/> (a folder of <c>payer=</c> folders, or one of them), in path order.</summary>
    /// <exception cref="IngestionException">The folder does not exist, holds no partition file, or a file's path names no payer or vintage.</exception>
    public static IReadOnlyList<ObservationPartition> Under(string root)
    {
        var folder = System.IO.Path.GetFullPath(root);
        if (!Directory.Exists(folder))
        {
            throw new IngestionException(folder, "folder", "no such folder of Parquet partitions");
        }

        var files = Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(Of).ToList();
        return files.Count > 0 ? files : throw new IngestionException(folder, "folder", "holds no .parquet file under payer=…/vintage=… folders");
    }

    private static ObservationPartition Of(string path)
    {
        string? payer = null, vintage = null;
        foreach (var part in System.IO.Path.GetDirectoryName(path)!.Split(System.IO.Path.DirectorySeparatorChar))
        {
            if (part.StartsWith("payer=", StringComparison.Ordinal))
            {
                payer = Uri.UnescapeDataString(part["payer=".Length..]);
            }
            else if (part.StartsWith("vintage=", StringComparison.Ordinal))
            {
                vintage = Uri.UnescapeDataString(part["vintage=".Length..]);
            }
        }

        if (payer is null || vintage is null)
        {
            throw new IngestionException(path, "path", "is not under payer=…/vintage=… folders (the layout export observations writes)");
        }

        if (vintage == ObservationParquetExporter.UndatedPartition)
        {
            return new ObservationPartition(path, payer, Vintages.Undated);
        }

        return DateOnly.TryParseExact(vintage + "-01", "yyyy-MM-dd", out _)
            ? new ObservationPartition(path, payer, vintage)
            : throw new IngestionException(path, "vintage", $"'{vintage}' is not a yyyy-MM month");
    }

    /// <summary>The first day of the vintage month (the observation's stored date; only the month enters keys and vintages).</summary>
    public DateOnly? Vintage => VintageMonth == Vintages.Undated ? null : DateOnly.ParseExact(VintageMonth + "-01", "yyyy-MM-dd");
}
