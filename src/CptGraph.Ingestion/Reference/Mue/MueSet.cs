using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference.Mue;

/// <summary>
/// <c>import mue FILE.csv</c>: the CMS practitioner services MUE table. The CSV is Latin-1 and starts with a quoted AMA
/// notice spanning several lines, then the header (<c>HCPCS/ CPT Code</c>, <c>Practitioner Services MUE Values</c>,
/// <c>MUE Adjudication Indicator</c>, <c>MUE Rationale</c>). The effective date comes from the file name (<c>Eff_04-01-2026</c>).
/// </summary>
public sealed partial class MueSet : IReferenceSet
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public string Kind => "NCCI_MUE_PRACTITIONER";

    public string? ReleaseOf(string path) => EffectiveDate(path)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Import(ReferenceImportContext context, CancellationToken cancellationToken)
    {
        var effective = context.Run.Release is { } release && DateOnly.TryParse(release, CultureInfo.InvariantCulture, out var date) ? date : EffectiveDate(context.Path);
        using var upsert = new ReferenceUpsert(context, "MedicallyUnlikelyEdits", ["CodeId"],
            ["CodeId", "Units", "AdjudicationIndicator", "Rationale", "EffectiveOn", "IngestRunId"]);
        using var records = TableFile.Read(context.Path, Latin1).GetEnumerator();
        var columns = TableHeader.Find(context.Path, records, "HCPCS");
        var code = columns.Require("HCPCS/ CPT Code");
        var units = columns.Require("Practitioner Services MUE Values");
        var indicator = columns.Require("MUE Adjudication Indicator");
        var rationale = columns.Find("MUE Rationale");
        foreach (var record in records.DataRecords(cancellationToken))
        {
            var value = TableColumns.Text(record, code);
            if (!ReferenceCodes.IsCode(value))
            {
                throw TableColumns.Error(context.Path, record, "HCPCS/CPT Code", $"'{value}' is not a five-character HCPCS/CPT code");
            }

            var unitsText = TableColumns.Text(record, units);
            if (!int.TryParse(unitsText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
            {
                throw TableColumns.Error(context.Path, record, "Practitioner Services MUE Values", $"'{unitsText}' is not a whole number of units");
            }

            var adjudication = TableColumns.Text(record, indicator);
            if (adjudication.Length == 0 || adjudication[0] is not ('1' or '2' or '3'))
            {
                throw TableColumns.Error(context.Path, record, "MUE Adjudication Indicator", $"'{adjudication}' is not an adjudication indicator (1, 2 or 3 and its name)");
            }

            upsert.Write(context.Codes.IdOf(value), limit, adjudication, rationale is { } r ? TableColumns.Optional(record, r) : null, effective, context.Run.Id);
        }
    }

    private static DateOnly? EffectiveDate(string path) =>
        EffectiveInName().Match(Path.GetFileName(path)) is { Success: true } m
        && DateOnly.TryParseExact(m.Groups[1].Value, "MM-dd-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    [GeneratedRegex(@"Eff_(\d\d-\d\d-\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveInName();
}
