using System.Text.RegularExpressions;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference.Taxonomies;

/// <summary>
/// <c>import taxonomies FILE.csv</c>: the NUCC Health Care Provider Taxonomy CSV (Code, Grouping, Classification,
/// Specialization, Definition, Notes, Display Name, Section). A taxonomy's specialty is its display name.
/// </summary>
public sealed partial class TaxonomySet : IReferenceSet
{
    public string Kind => "NUCC_TAXONOMY";

    /// <summary><c>nucc_taxonomy_251.csv</c> → <c>25.1</c>.</summary>
    public string? ReleaseOf(string path) => VersionInName().Match(Path.GetFileName(path)) is { Success: true } m ? $"{m.Groups[1].Value}.{m.Groups[2].Value}" : null;

    public void Import(ReferenceImportContext context, CancellationToken cancellationToken)
    {
        using var upsert = new ReferenceUpsert(context, "Taxonomies", ["Value"],
            ["Value", "Specialty", "Grouping", "Classification", "Specialization", "DisplayName", "Definition", "Section", "IngestRunId"]);
        using var records = TableFile.Read(context.Path).GetEnumerator();
        var columns = TableHeader.Find(context.Path, records, "Code");
        var code = columns.Require("Code");
        var grouping = columns.Require("Grouping");
        var classification = columns.Require("Classification");
        var specialization = columns.Require("Specialization");
        var definition = columns.Require("Definition");
        var displayName = columns.Require("Display Name");
        var section = columns.Find("Section");
        foreach (var record in records.DataRecords(cancellationToken))
        {
            var value = TableColumns.Text(record, code);
            if (!CodeShape().IsMatch(value))
            {
                throw TableColumns.Error(context.Path, record, "Code", $"'{value}' is not a NUCC taxonomy code (10 characters ending in X)");
            }

            var classified = TableColumns.Text(record, classification);
            if (classified.Length == 0)
            {
                throw TableColumns.Error(context.Path, record, "Classification", $"taxonomy {value} has no classification");
            }

            var display = TableColumns.Optional(record, displayName);
            var special = TableColumns.Optional(record, specialization);
            upsert.Write(value, display ?? (special is null ? classified : $"{classified}, {special}"), TableColumns.Optional(record, grouping), classified,
                special, display, TableColumns.Optional(record, definition), section is { } s ? TableColumns.Optional(record, s) : null, context.Run.Id);
        }
    }

    [GeneratedRegex("^[0-9A-Z]{9}X$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"_(\d\d)(\d)\b")]
    private static partial Regex VersionInName();
}
