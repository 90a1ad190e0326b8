namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// Reads a GPCI CSV with the columns <c>mac,state,locality_number,locality_name,work_gpci,pe_gpci,mp_gpci</c>
/// (others, such as <c>year</c>, are ignored), found by name.
/// </summary>
public static class GpciFileReader
{
    /// <summary>Reads every locality in the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<Gpci> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every locality from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="IngestionException">No header, a missing column, an empty identifier or a bad number.</exception>
    public static IReadOnlyList<Gpci> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var csv = new CsvRecordReader(reader, source);
        if (!csv.Read())
        {
            throw csv.Error("the file is empty");
        }

        var header = new CsvHeader(csv, [.. csv.Fields]);
        var mac = header.Require("mac");
        var state = header.Require("state");
        var localityNumber = header.Require("locality_number");
        var localityName = header.Require("locality_name");
        var work = header.Require("work_gpci");
        var pe = header.Require("pe_gpci");
        var mp = header.Require("mp_gpci");

        var localities = new List<Gpci>();
        while (csv.Read())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            localities.Add(new Gpci(
                Identifier(csv, mac),
                Identifier(csv, state),
                Identifier(csv, localityNumber),
                csv.Text(localityName),
                csv.Decimal(work),
                csv.Decimal(pe),
                csv.Decimal(mp)));
        }

        return localities;
    }

    private static string Identifier(CsvRecordReader csv, CsvColumn column) =>
        csv.Text(column) is { Length: > 0 } text ? text : throw csv.Error(column, "the value is empty");
}
