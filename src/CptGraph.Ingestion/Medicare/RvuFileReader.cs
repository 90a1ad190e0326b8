namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// Streams the rows of a CMS PFS relative value file (PPRRVU CSV), one record in memory at a time.
/// Reads both CMS's own layout (title lines, then a header split vertically over several lines and
/// ending with the <c>HCPCS,MOD,DESCRIPTION,…</c> line) and a flat layout with one header line of the
/// joined names (e.g. <c>STATUS CODE</c>, <c>NON-FAC PE RVU</c>), optionally with <c>YEAR</c>.
/// Columns are found by name. The DESCRIPTION column (AMA CPT descriptors) is never read.
/// </summary>
public static class RvuFileReader
{
    // CMS's title block is a handful of lines; a file without an HCPCS header this far in is not an RVU file.
    private const int MaxLinesBeforeHeader = 50;

    /// <summary>Reads the file at <paramref name="path"/>; the file is opened on first enumeration.</summary>
    /// <param name="path">A PPRRVU CSV file.</param>
    /// <param name="defaultYear">The year to report for rows of a file without a YEAR column.</param>
    public static IEnumerable<RvuRow> ReadFile(string path, int? defaultYear = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileRows(path, defaultYear);
    }

    /// <summary>Reads rows from <paramref name="reader"/> lazily, as the caller enumerates them.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or URL, for error messages.</param>
    /// <param name="defaultYear">The year to report for rows of a file without a YEAR column.</param>
    /// <exception cref="IngestionException">No header, a missing column, a bad number or NA indicator.</exception>
    public static IEnumerable<RvuRow> Read(TextReader reader, string source, int? defaultYear = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return ReadRows(new CsvRecordReader(reader, source), defaultYear);
    }

    private static IEnumerable<RvuRow> ReadFileRows(string path, int? defaultYear)
    {
        using var reader = new StreamReader(path);
        foreach (var row in Read(reader, path, defaultYear))
        {
            yield return row;
        }
    }

    private static IEnumerable<RvuRow> ReadRows(CsvRecordReader csv, int? defaultYear)
    {
        var header = ReadHeader(csv);
        var hcpcs = header.Require("HCPCS");
        var modifier = header.Require("MOD");
        var status = header.Require("STATUS CODE");
        var work = header.Require("WORK RVU");
        var nonFacilityPe = header.Require("NON-FAC PE RVU");
        var nonFacilityNa = header.Require("NON-FAC NA INDICATOR");
        var facilityPe = header.Require("FACILITY PE RVU");
        var facilityNa = header.Require("FACILITY NA INDICATOR");
        var mp = header.Require("MP RVU");
        var conversionFactor = header.Require("CONV FACTOR");
        var globalDays = header.Require("GLOB DAYS");
        var year = header.Find("YEAR");
        string[] indicatorNames = ["PCTC IND", "MULT PROC", "BILAT SURG", "ASST SURG", "CO- SURG", "TEAM SURG", "ENDO BASE",
            "PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES", "DIAGNOSTIC IMAGING FAMILY INDICATOR", "NOT USED FOR MEDICARE PAYMENT"];
        var indicators = indicatorNames.Select(header.Find).ToArray();

        while (csv.Read())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            var code = csv.Text(hcpcs);
            if (code.Length == 0)
            {
                throw csv.Error(hcpcs, "the code is empty");
            }

            yield return new RvuRow(
                code,
                csv.Text(modifier),
                csv.Text(status),
                csv.Decimal(work),
                csv.Decimal(nonFacilityPe),
                NotApplicable(csv, nonFacilityNa),
                csv.Decimal(facilityPe),
                NotApplicable(csv, facilityNa),
                csv.Decimal(mp),
                csv.Decimal(conversionFactor),
                csv.Text(globalDays) is { Length: > 0 } days ? days : null,
                year is { } y ? csv.Integer(y) : defaultYear,
                Indicators(csv, indicators));
        }
    }

    /// <summary>
    /// Finds the header and joins each column's pieces top to bottom ("NON-FAC" / "NA" / "INDICATOR" →
    /// "NON-FAC NA INDICATOR"). The last header line is the one with an HCPCS cell. CMS's title and
    /// copyright lines put their text in the first three cells, which the header leaves to the one-line
    /// names HCPCS, MOD and DESCRIPTION; such a line, or a blank one, starts the header afresh.
    /// </summary>
    private static CsvHeader ReadHeader(CsvRecordReader csv)
    {
        var pieces = new List<string[]>();
        while (csv.Read())
        {
            var fields = csv.Fields;
            if (fields.Any(f => f.Trim().Equals("HCPCS", StringComparison.OrdinalIgnoreCase)))
            {
                var names = new string[fields.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    var parts = pieces.Where(p => i < p.Length).Select(p => p[i]).Append(fields[i]);
                    names[i] = CsvHeader.Normalise(string.Join(' ', parts));
                }

                return new CsvHeader(csv, names);
            }

            if (csv.Line >= MaxLinesBeforeHeader)
            {
                break;
            }

            if (csv.IsBlank || fields.Take(3).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                pieces.Clear();
            }
            else
            {
                pieces.Add([.. fields]);
            }
        }

        throw csv.Error("no header line with an HCPCS column was found");
    }

    private static RvuIndicators? Indicators(CsvRecordReader csv, CsvColumn?[] columns)
    {
        if (columns.All(c => c is null))
        {
            return null;
        }

        string? At(int i) => csv.OptionalText(columns[i]) is { Length: > 0 } text ? text : null;
        return new RvuIndicators(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7), At(8), At(9));
    }

    private static bool NotApplicable(CsvRecordReader csv, CsvColumn column) => csv.Text(column) switch
    {
        "" => false,
        var text when text.Equals("NA", StringComparison.OrdinalIgnoreCase) => true,
        var text => throw csv.Error(column, $"'{text}' is neither NA nor blank"),
    };
}
