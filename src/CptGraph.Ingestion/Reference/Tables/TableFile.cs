using System.IO.Compression;
using System.Text;
using CptGraph.Ingestion.Medicare;
using CptGraph.Ingestion.Reference.Tables.Xlsx;

namespace CptGraph.Ingestion.Reference.Tables;

/// <summary>
/// Opens an official table as a stream of records, whatever its format: CSV (RFC 4180, quoted line breaks), tab-delimited
/// text, or the first sheet of an xlsx workbook; plain or gzip. One record is in memory at a time.
/// </summary>
public static class TableFile
{
    /// <summary>The records of <paramref name="path"/>, read as <paramref name="encoding"/> when it is text (UTF-8 by default).</summary>
    public static IEnumerable<TableRecord> Read(string path, Encoding? encoding = null)
    {
        if (IsXlsx(path))
        {
            return XlsxSheetReader.Read(path);
        }

        return Path.GetExtension(StripGz(path)).Equals(".txt", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(StripGz(path)).Equals(".tsv", StringComparison.OrdinalIgnoreCase)
            ? ReadTabs(path, encoding)
            : ReadCsv(path, encoding);
    }

    /// <summary>Opens the file as text, decompressing it when it starts with the gzip magic bytes.</summary>
    public static StreamReader OpenText(string path, Encoding? encoding = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var first = new byte[2];
        var read = stream.Read(first, 0, 2);
        stream.Position = 0;
        Stream content = read == 2 && first[0] == 0x1f && first[1] == 0x8b ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        return new StreamReader(content, encoding ?? new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: encoding is null);
    }

    /// <summary>Where a record is, as the format counts it.</summary>
    public static string Place(string path, int line) => IsXlsx(path) ? $"row {line}" : $"line {line}";

    private static bool IsXlsx(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    private static string StripGz(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;

    private static IEnumerable<TableRecord> ReadCsv(string path, Encoding? encoding)
    {
        using var reader = OpenText(path, encoding);
        var csv = new CsvRecordReader(reader, path);
        while (csv.Read())
        {
            yield return new TableRecord(csv.Line, [.. csv.Fields]);
        }
    }

    private static IEnumerable<TableRecord> ReadTabs(string path, Encoding? encoding)
    {
        using var reader = OpenText(path, encoding);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            yield return new TableRecord(line, text.Split('\t'));
        }
    }
}
