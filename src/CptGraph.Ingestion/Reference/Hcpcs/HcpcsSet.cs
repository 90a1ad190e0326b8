using System.Text.RegularExpressions;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference.Hcpcs;

/// <summary>
/// <c>import hcpcs FILE.xlsx</c>: the CMS HCPCS Level II alpha-numeric workbook (ANWEB). RECID 3 rows are procedure codes
/// (stored as <c>Code</c> of type HCPCS with their public-domain descriptors, dates, coverage, pricing and BETOS); RECID 7
/// rows are Level II modifiers (their HCPC left-padded with spaces). Curated content keeps its own description: the
/// official long descriptor fills <c>description</c> only for a code no content file described.
/// </summary>
public sealed partial class HcpcsSet : IReferenceSet
{
    private const string ProcedureRecord = "3";
    private const string ModifierRecord = "7";

    public string Kind => "HCPCS_LEVEL_II";

    /// <summary><c>HCPC2025_OCT_ANWEB.xlsx</c> → <c>2025-OCT</c>.</summary>
    public string? ReleaseOf(string path) => ReleaseInName().Match(Path.GetFileName(path)) is { Success: true } m ? $"{m.Groups[1].Value}-{m.Groups[2].Value.ToUpperInvariant()}" : null;

    public void Import(ReferenceImportContext context, CancellationToken cancellationToken)
    {
        using var codes = new ReferenceUpsert(context, "Codes", ["Value"],
            ["Value", "CodeType", "DescriptorLicensed", "Description", "LongDescription", "ShortDescription", "AddedOn", "ActionEffectiveOn", "TerminatedOn",
                "ActionCode", "CoverageCode", "PricingIndicators", "MultiplePricingIndicator", "BetosCode", "IngestRunId"],
            new Dictionary<string, string> { ["Description"] = """CASE WHEN "Codes"."ContentSource" IS NULL THEN excluded."Description" ELSE "Codes"."Description" END""" },
            returningId: true);
        using var modifiers = new ReferenceUpsert(context, "Modifiers", ["Value"], ["Value", "Name", "LongDescription", "AddedOn", "TerminatedOn", "IngestRunId"],
            new Dictionary<string, string> { ["Name"] = "\"Modifiers\".\"Name\"" });
        using var records = TableFile.Read(context.Path).GetEnumerator();
        var columns = TableHeader.Find(context.Path, records, "HCPC");
        var hcpc = columns.Require("HCPC");
        var recordId = columns.Require("RECID");
        var longDescription = columns.Require("LONG DESCRIPTION");
        var shortDescription = columns.Require("SHORT DESCRIPTION");
        int[] prices = [columns.Require("PRICE1"), columns.Require("PRICE2"), columns.Require("PRICE3"), columns.Require("PRICE4")];
        var multiplePricing = columns.Require("MULT_PI");
        var coverage = columns.Require("COV");
        var betos = columns.Require("BETOS");
        var added = columns.Require("ADD DT");
        var actionEffective = columns.Require("ACT EFF DT");
        var terminated = columns.Require("TERM DT");
        var action = columns.Require("ACTION CD");
        foreach (var record in records.DataRecords(cancellationToken))
        {
            var kind = TableColumns.Text(record, recordId);
            var value = TableColumns.Text(record, hcpc);
            var longText = TableColumns.Text(record, longDescription);
            var shortText = TableColumns.Text(record, shortDescription);
            var addedOn = ReferenceDates.YearMonthDay(context.Path, record, added, "ADD DT");
            var terminatedOn = ReferenceDates.YearMonthDay(context.Path, record, terminated, "TERM DT");
            if (kind == ModifierRecord)
            {
                if (value.Length != 2 || !value.All(char.IsAsciiLetterOrDigit))
                {
                    throw TableColumns.Error(context.Path, record, "HCPC", $"'{value}' is not a two-character modifier");
                }

                modifiers.Write(value, shortText.Length > 0 ? shortText : longText, longText, addedOn, terminatedOn, context.Run.Id);
                continue;
            }

            if (kind != ProcedureRecord)
            {
                throw TableColumns.Error(context.Path, record, "RECID", $"'{kind}' is neither 3 (procedure) nor 7 (modifier)");
            }

            if (!LevelTwo().IsMatch(value))
            {
                throw TableColumns.Error(context.Path, record, "HCPC", $"'{value}' is not a HCPCS Level II code (a letter and four digits)");
            }

            if (longText.Length == 0)
            {
                throw TableColumns.Error(context.Path, record, "LONG DESCRIPTION", $"code {value} has no long description");
            }

            var pricing = string.Join(',', prices.Select(p => TableColumns.Text(record, p)).Where(p => p.Length > 0));
            var id = codes.WriteReturningId(value, "HCPCS", true, longText, longText, shortText.Length > 0 ? shortText : null, addedOn,
                ReferenceDates.YearMonthDay(context.Path, record, actionEffective, "ACT EFF DT"), terminatedOn,
                TableColumns.Optional(record, action), TableColumns.Optional(record, coverage), pricing.Length > 0 ? pricing : null,
                TableColumns.Optional(record, multiplePricing), TableColumns.Optional(record, betos), context.Run.Id);
            context.Codes.Remember(value, id);
        }
    }

    [GeneratedRegex("^[A-Z][0-9]{4}$")]
    private static partial Regex LevelTwo();

    [GeneratedRegex(@"(20\d\d)_?([A-Z]{3})", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseInName();
}
