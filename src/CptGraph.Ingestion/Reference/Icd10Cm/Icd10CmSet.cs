using System.Text.RegularExpressions;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference.Icd10Cm;

/// <summary>
/// <c>import icd10cm FILE[.gz]</c>: the CDC/NCHS code descriptions file (one billable code a line, the undotted code padded
/// with spaces to column 8, then the long description). Stored as <c>Diagnosis</c> in dotted form (<c>R50.9</c>).
/// </summary>
public sealed partial class Icd10CmSet : IReferenceSet
{
    // The description starts in column 9 (after the code padded to 8 characters).
    private const int DescriptionColumn = 8;

    public string Kind => "ICD10CM";

    public string? ReleaseOf(string path) => YearInName().Match(Path.GetFileName(path)) is { Success: true } m ? $"FY{m.Groups[1].Value}" : null;

    public void Import(ReferenceImportContext context, CancellationToken cancellationToken)
    {
        using var upsert = new ReferenceUpsert(context, "Diagnoses", ["Value"], ["Value", "Description", "Release", "IngestRunId"]);
        using var reader = TableFile.OpenText(context.Path);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var code = (text.Length < DescriptionColumn ? text : text[..DescriptionColumn]).TrimEnd();
            if (!CodeShape().IsMatch(code))
            {
                throw new IngestionException(context.Path, $"line {line}, column 1", $"'{code}' is not an ICD-10-CM code (a letter, then 2 to 6 letters or digits, no dot)");
            }

            var description = text.Length > DescriptionColumn ? text[DescriptionColumn..].Trim() : "";
            if (description.Length == 0)
            {
                throw new IngestionException(context.Path, $"line {line}, column {DescriptionColumn + 1}", $"code {code} has no description");
            }

            upsert.Write(Dotted(code), description, context.Run.Release, context.Run.Id);
        }
    }

    /// <summary><c>R509</c> → <c>R50.9</c>; a three-character category has no dot.</summary>
    public static string Dotted(string code) => code.Length > 3 ? $"{code[..3]}.{code[3..]}" : code;

    [GeneratedRegex("^[A-Z][0-9A-Z]{2,6}$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"(20\d\d)")]
    private static partial Regex YearInName();
}
