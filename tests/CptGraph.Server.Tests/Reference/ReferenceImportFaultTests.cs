using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Reference;

/// <summary>
/// Every importer on a bad file: exit code 1, a message naming the file, the line (or sheet row) and the column and what
/// was wrong, and a database exactly as before (only the FAILED run is recorded). A repeated file is skipped.
/// </summary>
public sealed class ReferenceImportFaultTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { "icd10cm", "icd10cm-codes-2026.txt", "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\r\nA001    Cholera due to Vibrio cholerae 01, biovar eltor\r\n12.4    Not a code\r\n", "line 3, column 1: '12.4' is not an ICD-10-CM code" },
        { "icd10cm", "icd10cm-codes-2026.txt", "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\r\nA001\r\n", "line 2, column 9: code A001 has no description" },
        { "pos", "pos.csv", "code,name,description\r\n11,Office,A place\r\n1A,Bad,Not a code\r\n", "line 3, column code: '1A' is not a two-digit place of service code" },
        { "pos", "pos.xml", "<CodeSystem xmlns=\"http://hl7.org/fhir\"><concept><code value=\"11\"/><display value=\"Office\"/></concept><concept>\n<code value=\"12\"/>\n</CodeSystem>", "line 3, column 3: malformed XML" },
        { "taxonomies", "nucc_taxonomy_251.csv", "Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section\r\n207R00000X,Allopathic & Osteopathic Physicians,Internal Medicine,,\"A definition, quoted\",,Internal Medicine Physician,Individual\r\n207R0000,Allopathic & Osteopathic Physicians,Internal Medicine,,,,,Individual\r\n", "line 3, column Code: '207R0000' is not a NUCC taxonomy code" },
        { "ncci-addons", "AOC_V2026Q2-MCR.csv", "AOC_Edit_Type,Add-On_Code,AOC_DelDT,Primary_Code,Primary_Code_DelDT,AOC_Edit_EffDT,AOC_Edit_DelDT,Special_Instruction_Notes\r\n1,96375,,96365,,2013091,,\r\n4,96375,,96374,,2013091,,\r\n", "line 3, column AOC_Edit_Type: '4' is not an edit type (1, 2 or 3)" },
        { "ncci-addons", "AOC_V2026Q2-MCR.csv", "AOC_Edit_Type,Add-On_Code,AOC_DelDT,Primary_Code,Primary_Code_DelDT,AOC_Edit_EffDT,AOC_Edit_DelDT,Special_Instruction_Notes\r\n1,96375,,96365,,2013400,,\r\n", "line 2, column AOC_Edit_EffDT: '2013400' is not a YYYYDDD" },
        { "mue", "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", "\"CPT codes, descriptions and other data only are copyright 2025 American Medical Association.\r\n\r\nAll rights reserved.\"\r\n\"HCPCS/\r\nCPT Code\",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\r\n96375,6,3 Date of Service Edit: Clinical,Clinical: Data\r\n99213,six,3 Date of Service Edit: Clinical,Clinical: Data\r\n", "line 7, column Practitioner Services MUE Values: 'six' is not a whole number of units" },
        { "ncci-ptp", "ccipra-v321r0-f1.txt", "", "line 4, column Modifier: '2' is not a modifier indicator" },
        { "hcpcs", "HCPC2025_OCT_ANWEB.xlsx", "", "row 3, column HCPC: 'J11' is not a HCPCS Level II code" },
        { "hcpcs", "broken.xlsx", "not a zip archive", "file: not an xlsx workbook" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFile_NamesThePlace_AndLeavesTheDatabaseUnchanged(string set, string name, string content, string expected)
    {
        // Arrange: a database that already holds data, so "unchanged" means something.
        await CliRun.RunAsync("import", "pos", ReferenceFiles.PlaceOfServiceCsv, "--db", _directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);
        var path = Write(set, name, content);

        // Act
        var run = await CliRun.RunAsync("import", set, path, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: {expected}", run.Error);
        Assert.Contains("nothing was written", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
        await using var server = new CptGraphServerFactory(_directory.Database);
        using var response = await server.QueryAsync("{ ingestRuns { status error } }");
        var failed = response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray().Single(r => r.GetProperty("status").GetString() == "FAILED");
        Assert.Contains(expected, failed.GetProperty("error").GetString());
    }

    [Fact]
    public async Task SameFileTwice_IsSkipped_AndChangesNothing()
    {
        // Arrange
        var first = await CliRun.RunAsync("import", "taxonomies", ReferenceFiles.Nucc, "--db", _directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);

        // Act
        var second = await CliRun.RunAsync("import", "taxonomies", ReferenceFiles.Nucc, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("skipped", second.Output);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Fact]
    public async Task AddOnEdits_FromTheXlsxAndTheCsv_AreTheSameEdges()
    {
        // The CMS workbook (own xlsx reader) and the CSV rendering of it must give the same graph.
        var csvDatabase = Path.Combine(_directory.Path, "csv.db");
        await CliRun.RunAsync("import", "ncci-addons", ReferenceFiles.AddOnsXlsx, "--db", _directory.Database);
        await CliRun.RunAsync("import", "ncci-addons", ReferenceFiles.AddOnsCsv, "--db", csvDatabase);

        Assert.Equal(Edges(csvDatabase), Edges(_directory.Database));
        Assert.Equal(9000, Edges(_directory.Database).Count);
    }

    public void Dispose() => _directory.Dispose();

    private static List<string> Edges(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.Value || '|' || e.RelatedCodeValue || '|' || e.EditType || '|' || e.EffectiveOn || '|' || coalesce(e.DeletedOn, '') || '|' || coalesce(e.Note, '')
            FROM CodeEdges e JOIN Codes c ON c.Id = e.CodeId ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private string Write(string set, string name, string content) => (set, name) switch
    {
        ("ncci-ptp", _) => ReferenceFiles.WritePtp(_directory.Path, name,
            "96365\t96375\t\t20130401\t*\t1\tStandards of medical / surgical practice",
            "99213\t96372\t\t20130101\t*\t2\tCPT Manual or CMS manual coding instructions"),
        ("hcpcs", "HCPC2025_OCT_ANWEB.xlsx") => TinyXlsx.Write(Path.Combine(_directory.Path, name),
        [
            HcpcsRow("HCPC", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "PRICE1", "MULT_PI", "COV", "BETOS", "ADD DT", "ACT EFF DT", "TERM DT", "ACTION CD"),
            HcpcsRow("J1100", "3", "Injection, dexamethasone sodium phosphate, 1 mg", "Dexamethasone sodium phos", "51", "A", "D", "O1E", "19820101", "20010101", "", "N"),
            HcpcsRow("J11", "3", "Injection, truncated", "Truncated", "51", "A", "D", "O1E", "19820101", "20010101", "", "N"),
        ]),
        _ => _directory.Write(name, content),
    };

    // The ANWEB layout's columns this importer reads, in the workbook's order with the ones between left empty.
    private static string[] HcpcsRow(string hcpc, string recid, string longText, string shortText, string price1, string multiplePricing,
        string coverage, string betos, string added, string actionEffective, string terminated, string action)
    {
        var row = new string[48];
        Array.Fill(row, "");
        (row[0], row[2], row[3], row[4], row[5], row[9], row[30], row[37], row[44], row[45], row[46], row[47]) =
            (hcpc, recid, longText, shortText, price1, multiplePricing, coverage, betos, added, actionEffective, terminated, action);
        if (hcpc == "HCPC")
        {
            string[] names = ["HCPC", "SEQNUM", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "PRICE1", "PRICE2", "PRICE3", "PRICE4", "MULT_PI"];
            names.CopyTo(row, 0);
            row[30] = "COV";
        }

        return row;
    }
}
