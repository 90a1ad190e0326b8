using System.Text.RegularExpressions;
using System.Xml;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference.PlaceOfService;

/// <summary>
/// <c>import pos FILE</c>: the CMS Place of Service code set, as a CSV (<c>code,name,description</c>) or as the HL7 FHIR
/// CodeSystem XML (each <c>concept</c> with <c>code</c>, <c>display</c>, <c>definition</c>).
/// </summary>
public sealed partial class PlaceOfServiceSet : IReferenceSet
{
    public string Kind => "PLACE_OF_SERVICE";

    // The FHIR file carries its version; a CSV says nothing, so its release comes from --release.
    public string? ReleaseOf(string path) => null;

    public void Import(ReferenceImportContext context, CancellationToken cancellationToken)
    {
        using var upsert = new ReferenceUpsert(context, "PlacesOfService", ["Value"], ["Value", "Name", "Description", "IngestRunId"]);
        if (Path.GetExtension(context.Path).Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            ImportFhir(context, upsert);
            return;
        }

        using var records = TableFile.Read(context.Path).GetEnumerator();
        var columns = TableHeader.Find(context.Path, records, "code");
        var code = columns.Require("code");
        var name = columns.Require("name");
        var description = columns.Find("description");
        while (records.MoveNext())
        {
            var record = records.Current;
            if (record.IsBlank)
            {
                continue;
            }

            var value = Checked(context.Path, TableFile.Place(context.Path, record.Line) + ", column code", TableColumns.Text(record, code));
            var display = TableColumns.Text(record, name);
            if (display.Length == 0)
            {
                throw TableColumns.Error(context.Path, record, "name", $"place of service {value} has no name");
            }

            upsert.Write(value, display, description is { } d ? TableColumns.Optional(record, d) : null, context.Run.Id);
        }
    }

    private static void ImportFhir(ReferenceImportContext context, ReferenceUpsert upsert)
    {
        using var reader = XmlReader.Create(context.Path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var lines = (IXmlLineInfo)reader;
        string? code = null, display = null, definition = null;
        var conceptLine = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "version" && reader.Depth == 1 && context.Run.Release is null)
                {
                    context.Run.Release = reader.GetAttribute("value");
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "concept")
                {
                    (code, display, definition, conceptLine) = (null, null, null, lines.LineNumber);
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && conceptLine > 0)
                {
                    switch (reader.LocalName)
                    {
                        case "code": code = reader.GetAttribute("value"); break;
                        case "display": display = reader.GetAttribute("value")?.Trim(); break;
                        case "definition": definition = reader.GetAttribute("value")?.Trim(); break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "concept")
                {
                    var value = Checked(context.Path, $"line {conceptLine} (concept)", code ?? "");
                    if (string.IsNullOrEmpty(display))
                    {
                        throw new IngestionException(context.Path, $"line {conceptLine} (concept {value})", "the concept has no display");
                    }

                    upsert.Write(value, display, definition, context.Run.Id);
                    conceptLine = 0;
                }
            }
        }
        catch (XmlException e)
        {
            throw new IngestionException(context.Path, $"line {e.LineNumber}, column {e.LinePosition}", $"malformed XML: {e.Message}", e);
        }
    }

    private static string Checked(string path, string place, string value) =>
        TwoDigits().IsMatch(value) ? value : throw new IngestionException(path, place, $"'{value}' is not a two-digit place of service code");

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();
}
