using System.Text.RegularExpressions;
using CptGraph.Domain.Reference;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference.NcciAddOns;

/// <summary>
/// <c>import ncci-addons FILE(.xlsx|.csv)</c>: the CMS NCCI add-on code edits (an AMA notice row, then AOC_Edit_Type,
/// Add-On_Code, AOC_DelDT, Primary_Code, Primary_Code_DelDT, AOC_Edit_EffDT, AOC_Edit_DelDT, Special_Instruction_Notes;
/// dates YYYYDDD). Each row is an <see cref="CodeEdgeKind.AddOnPrimary"/> edge from the add-on code to its primary code;
/// a type 2 row's primary <c>CCCCC</c> (contractor-defined) is kept as written, without a code.
/// </summary>
public sealed partial class NcciAddOnSet : IReferenceSet
{
    private const string ContractorDefined = "CCCCC";

    public string Kind => "NCCI_ADD_ON";

    /// <summary><c>AOC_V2026Q2-MCR.xlsx</c> → <c>2026Q2</c>.</summary>
    public string? ReleaseOf(string path) => QuarterInName().Match(Path.GetFileName(path)) is { Success: true } m ? m.Groups[1].Value : null;

    public void Import(ReferenceImportContext context, CancellationToken cancellationToken)
    {
        using var edges = new CodeEdgeWriter(context, CodeEdgeKind.AddOnPrimary);
        using var records = TableFile.Read(context.Path).GetEnumerator();
        var columns = TableHeader.Find(context.Path, records, "AOC_Edit_Type");
        var type = columns.Require("AOC_Edit_Type");
        var addOn = columns.Require("Add-On_Code");
        var addOnDeleted = columns.Require("AOC_DelDT");
        var primary = columns.Require("Primary_Code");
        var primaryDeleted = columns.Require("Primary_Code_DelDT");
        var effective = columns.Require("AOC_Edit_EffDT");
        var deleted = columns.Require("AOC_Edit_DelDT");
        var notes = columns.Find("Special_Instruction_Notes");
        foreach (var record in records.DataRecords(cancellationToken))
        {
            var editType = TableColumns.Text(record, type) switch
            {
                "1" => 1,
                "2" => 2,
                "3" => 3,
                var other => throw TableColumns.Error(context.Path, record, "AOC_Edit_Type", $"'{other}' is not an edit type (1, 2 or 3)"),
            };
            var addOnCode = Code(context.Path, record, addOn, "Add-On_Code");
            var primaryCode = TableColumns.Text(record, primary);
            var isCode = primaryCode != ContractorDefined;
            if (isCode && !ReferenceCodes.IsCode(primaryCode))
            {
                throw TableColumns.Error(context.Path, record, "Primary_Code", $"'{primaryCode}' is neither a five-character code nor {ContractorDefined} (contractor-defined)");
            }

            var effectiveOn = ReferenceDates.YearDay(context.Path, record, effective, "AOC_Edit_EffDT")
                ?? throw TableColumns.Error(context.Path, record, "AOC_Edit_EffDT", "the edit has no effective date");
            // The edit ends when the edit, the add-on code or the primary code is deleted, whichever comes first.
            var deletedOn = new[]
            {
                ReferenceDates.YearDay(context.Path, record, deleted, "AOC_Edit_DelDT"),
                ReferenceDates.YearDay(context.Path, record, addOnDeleted, "AOC_DelDT"),
                ReferenceDates.YearDay(context.Path, record, primaryDeleted, "Primary_Code_DelDT"),
            }.Where(d => d is not null).Min();
            edges.Write(addOnCode, primaryCode, isCode, effectiveOn, editType, null, deletedOn, notes is { } n ? TableColumns.Optional(record, n) : null);
        }
    }

    internal static string Code(string path, TableRecord record, int column, string name)
    {
        var value = TableColumns.Text(record, column);
        return ReferenceCodes.IsCode(value) ? value : throw TableColumns.Error(path, record, name, $"'{value}' is not a five-character HCPCS/CPT code");
    }

    [GeneratedRegex(@"V(\d{4}Q\d)", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterInName();
}
