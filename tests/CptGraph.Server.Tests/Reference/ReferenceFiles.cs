using CptGraph.Tests;

namespace CptGraph.Server.Tests.Reference;

/// <summary>The official files in shared/reference (read-only) and small files in the official layouts that tests write.</summary>
internal static class ReferenceFiles
{
    public static string Folder => Path.Combine(RepositoryPaths.Shared, "reference");

    public static string Icd10Cm => Path.Combine(Folder, "icd10cm", "icd10cm-codes-2026.txt.gz");
    public static string Hcpcs => Path.Combine(Folder, "hcpcs", "HCPC2025_OCT_ANWEB.xlsx");
    public static string PlaceOfServiceXml => Path.Combine(Folder, "place-of-service", "cs-CMS-PlaceofServiceCodes.xml");
    public static string PlaceOfServiceCsv => Path.Combine(Folder, "place-of-service", "place_of_service.derived.csv");
    public static string Nucc => Path.Combine(Folder, "nucc", "nucc_taxonomy_251.csv");
    public static string AddOnsXlsx => Path.Combine(Folder, "ncci", "AOC_V2026Q2-MCR.xlsx");
    public static string AddOnsCsv => Path.Combine(Folder, "ncci", "AOC_V2026Q2-MCR.derived.csv");
    public static string Mue => Path.Combine(Folder, "ncci", "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv");
    public static string Pprrvu => Path.Combine(RepositoryPaths.Medicare, "PPRRVU2026_Jul_nonQPP.csv");
    public static string Gpci => Path.Combine(RepositoryPaths.Medicare, "gpci_2026.csv");

    /// <summary>
    /// A practitioner PTP part in CMS's tab-delimited layout: notice lines, the header whose cells carry their legends, then
    /// Column 1, Column 2, prior-to-1996 flag, effective date, deletion date (* for none), modifier indicator, rationale.
    /// </summary>
    public static string WritePtp(string directory, string name = "ccipra-v321r0-f1.txt", params string[] rows)
    {
        string[] header =
        [
            "CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved.",
            "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale",
        ];
        string[] data = rows.Length > 0 ? rows :
        [
            "96365\t96375\t\t20130401\t*\t1\tStandards of medical / surgical practice",
            "99213\t96372\t\t20130101\t*\t1\tCPT Manual or CMS manual coding instructions",
            "99213\t36415\t*\t19960101\t20190101\t0\tMisuse of column two code with column one code",
            "96365\t96376\t\t20150101\t*\t9\tCPT Manual or CMS manual coding instructions",
        ];
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, string.Join("\r\n", [.. header, .. data]) + "\r\n");
        return path;
    }
}
