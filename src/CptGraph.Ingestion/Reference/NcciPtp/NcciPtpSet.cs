using System.Text.RegularExpressions;
using CptGraph.Domain.Reference;
using CptGraph.Ingestion.Reference.NcciAddOns;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference.NcciPtp;

/// <summary>
/// <c>import ncci-ptp FILE.txt</c>: one part of the CMS practitioner procedure-to-procedure edits, tab-delimited as CMS
/// ships it (notice lines, then the header <c>Column 1</c>, <c>Column 2</c>, <c>*=in existence prior to 1996</c>,
/// <c>Effective Date</c>, <c>Deletion Date *=no data</c>, <c>Modifier 0=not allowed 1=allowed 9=not applicable</c>,
/// <c>PTP Edit Rationale</c>; dates YYYYMMDD). Each row is a <see cref="CodeEdgeKind.PtpColumn1"/> edge from column 1 to column 2.
/// A quarter comes in several parts: each part adds or updates its own pairs.
/// </summary>
public sealed partial class NcciPtpSet : IReferenceSet
{
    public string Kind => "NCCI_PTP_PRACTITIONER";

    /// <summary><c>ccipra-v321r0-f1.txt</c> → <c>v321r0</c>.</summary>
    public string? ReleaseOf(string path) => VersionInName().Match(Path.GetFileName(path)) is { Success: true } m ? m.Groups[1].Value : null;

    public void Import(ReferenceImportContext context, CancellationToken cancellationToken)
    {
        using var edges = new CodeEdgeWriter(context, CodeEdgeKind.PtpColumn1);
        using var records = TableFile.Read(context.Path).GetEnumerator();
        var columns = TableHeader.Find(context.Path, records, "Column 1");
        var column1 = columns.Require("Column 1");
        var column2 = columns.Require("Column 2");
        var effective = Starting(columns, context.Path, "Effective Date");
        var deleted = Starting(columns, context.Path, "Deletion Date");
        var modifier = Starting(columns, context.Path, "Modifier");
        var rationale = columns.Find("PTP Edit Rationale");
        foreach (var record in records.DataRecords(cancellationToken))
        {
            var first = NcciAddOnSet.Code(context.Path, record, column1, "Column 1");
            var second = NcciAddOnSet.Code(context.Path, record, column2, "Column 2");
            var effectiveOn = ReferenceDates.YearMonthDay(context.Path, record, effective, "Effective Date")
                ?? throw TableColumns.Error(context.Path, record, "Effective Date", "the edit has no effective date");
            var deletedOn = ReferenceDates.YearMonthDay(context.Path, record, deleted, "Deletion Date");
            var indicator = TableColumns.Text(record, modifier);
            if (indicator is not ("0" or "1" or "9"))
            {
                throw TableColumns.Error(context.Path, record, "Modifier", $"'{indicator}' is not a modifier indicator (0 not allowed, 1 allowed, 9 not applicable)");
            }

            edges.Write(first, second, true, effectiveOn, null, indicator, deletedOn, rationale is { } r ? TableColumns.Optional(record, r) : null);
        }
    }

    // CMS's header cells carry their legend ("Deletion Date *=no data"): the column is the one whose name starts so.
    private static int Starting(TableColumns columns, string path, string name) =>
        columns.FindStarting(name) ?? throw new IngestionException(path, "header", $"the header has no column starting with '{name}'");

    [GeneratedRegex(@"(v\d{3}r\d)", RegexOptions.IgnoreCase)]
    private static partial Regex VersionInName();
}
