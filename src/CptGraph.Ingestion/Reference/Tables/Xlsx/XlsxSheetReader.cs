using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CptGraph.Ingestion.Reference.Tables.Xlsx;

/// <summary>
/// Reads the first worksheet of an xlsx workbook row by row with an <see cref="XmlReader"/>: the shared-string table is
/// loaded once (it is the workbook's text, a few MB for the largest CMS files) and the sheet itself is streamed, so a
/// row is the only part of the sheet in memory. Cells are placed by their reference (<c>C7</c>), so skipped empty cells
/// leave empty strings. Numbers are returned as the workbook stores them (CMS writes codes and dates as text).
/// </summary>
public static class XlsxSheetReader
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static IEnumerable<TableRecord> Read(string path)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new IngestionException(path, "file", $"not an xlsx workbook (a zip archive): {e.Message}", e);
        }

        return ReadRows(path, archive);
    }

    private static IEnumerable<TableRecord> ReadRows(string path, ZipArchive archive)
    {
        using (archive)
        {
            var sheet = archive.GetEntry(FirstSheetPath(path, archive)) ?? throw new IngestionException(path, "workbook", "the first worksheet's part is missing");
            var strings = SharedStrings(path, archive);
            using var stream = sheet.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
            var cells = new List<string>();
            var rowNumber = 0;
            while (Next(path, xml, rowNumber))
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row" || xml.NamespaceURI != MainNamespace)
                {
                    continue;
                }

                rowNumber = int.TryParse(xml.GetAttribute("r"), out var r) ? r : rowNumber + 1;
                cells.Clear();
                if (!xml.IsEmptyElement)
                {
                    ReadCells(path, xml, rowNumber, strings, cells);
                }

                yield return new TableRecord(rowNumber, [.. cells]);
            }
        }
    }

    private static bool Next(string path, XmlReader xml, int row)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException e)
        {
            throw new IngestionException(path, $"worksheet after row {row}", $"malformed XML: {e.Message}", e);
        }
    }

    private static void ReadCells(string path, XmlReader xml, int row, IReadOnlyList<string> strings, List<string> cells)
    {
        var depth = xml.Depth;
        while (Next(path, xml, row) && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            var reference = xml.GetAttribute("r");
            var type = xml.GetAttribute("t");
            var column = reference is null ? cells.Count : ColumnIndex(path, row, reference);
            var value = xml.IsEmptyElement ? "" : CellText(path, xml, row);
            if (type == "s")
            {
                value = int.TryParse(value, out var index) && index >= 0 && index < strings.Count
                    ? strings[index]
                    : throw new IngestionException(path, $"row {row}, cell {reference}", $"shared string '{value}' does not exist");
            }
            else if (type == "b")
            {
                value = value == "1" ? "TRUE" : "FALSE";
            }

            while (cells.Count < column)
            {
                cells.Add("");
            }

            if (column == cells.Count)
            {
                cells.Add(value);
            }
            else
            {
                cells[column] = value;
            }
        }
    }

    // The text of a cell's <v> or inline <is><t> children.
    private static string CellText(string path, XmlReader xml, int row)
    {
        var depth = xml.Depth;
        var text = new StringBuilder();
        while (Next(path, xml, row) && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA
                && xml.Depth > depth)
            {
                text.Append(xml.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>"AB12" → 27 (0-based).</summary>
    private static int ColumnIndex(string path, int row, string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is > 0 and <= 3 ? index - 1 : throw new IngestionException(path, $"row {row}", $"cell reference '{reference}' has no column letters");
    }

    // The shared-string table: each <si> is one string, made of a <t> or several rich-text runs <r><t>.
    private static List<string> SharedStrings(string path, ZipArchive archive)
    {
        var strings = new List<string>();
        var entry = archive.GetEntry("xl/sharedStrings.xml");
        if (entry is null)
        {
            return strings;
        }

        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var text = new StringBuilder();
        var inPhonetic = false;
        while (Next(path, xml, 0))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                text.Clear();
                if (xml.IsEmptyElement)
                {
                    strings.Add("");
                }
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                inPhonetic = !xml.IsEmptyElement;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "rPh")
            {
                inPhonetic = false;
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace && !inPhonetic)
            {
                text.Append(xml.Value);
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "si")
            {
                strings.Add(text.ToString());
            }
        }

        return strings;
    }

    // xl/workbook.xml names the sheets in order; its relationships file says which part holds the first one.
    private static string FirstSheetPath(string path, ZipArchive archive)
    {
        var workbook = archive.GetEntry("xl/workbook.xml") ?? throw new IngestionException(path, "workbook", "xl/workbook.xml is missing: not an xlsx workbook");
        string? relationshipId = null;
        using (var stream = workbook.Open())
        using (var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (relationshipId is null && Next(path, xml, 0))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    relationshipId = xml.GetAttribute("id", RelationshipNamespace);
                }
            }
        }

        var relationships = archive.GetEntry("xl/_rels/workbook.xml.rels");
        if (relationshipId is null || relationships is null)
        {
            return "xl/worksheets/sheet1.xml";
        }

        using (var stream = relationships.Open())
        using (var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (Next(path, xml, 0))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == relationshipId)
                {
                    var target = xml.GetAttribute("Target") ?? "worksheets/sheet1.xml";
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return "xl/worksheets/sheet1.xml";
    }
}
