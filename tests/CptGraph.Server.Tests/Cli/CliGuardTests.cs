using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

/// <summary>What a new user typing commands gets: each case was found by trying it, and runs the real CLI process.</summary>
public sealed class CliGuardTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task DotnetRun_ResolvesInputsAndTheDefaultDatabaseAgainstTheFolderItRunsIn()
    {
        // Arrange: a relative input and no --db, from a folder that is not the project's.
        _directory.Write("x.json", TicFixtures.InNetwork("Guard Health", codes: 2, tins: 1));

        // Act
        using var run = CliProcess.DotnetRunIn(_directory.Path, "ingest", "tic", "./x.json", "--payer", "Guard Health");
        await run.WaitAsync(TimeSpan.FromMinutes(3));

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"ingested {Path.Combine(_directory.Path, "x.json")}: run 1", run.Output);
        Assert.True(File.Exists(_directory.Database), "the default ./cptgraph.db is created in the folder the command ran in");
    }

    [Fact]
    public async Task UnknownVerb_IsAnErrorNotAServerStart()
    {
        // Act: this used to start the web server on port 5080 and never return.
        using var run = await CliProcess.RunInAsync(_directory.Path, "export", "spreadsheets", "--out", "x");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: unknown command 'export spreadsheets'; 'export' is one of: export observations", run.Error);
        Assert.False(File.Exists(_directory.Database));
    }

    [Fact]
    public async Task UnknownOption_IsAnError_NamingTheOptionItResembles()
    {
        // Arrange
        var file = _directory.Write("x.json", TicFixtures.InNetwork("Guard Health", codes: 1, tins: 1));

        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", file, "--paye", "Aetna", "--db", _directory.Database);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: unknown option --paye (did you mean --payer?)", run.Error);
        Assert.False(File.Exists(_directory.Database), "nothing runs on a command line with a mistake in it");
    }

    [Fact]
    public async Task UnknownOption_DoesNotEatTheOptionAfterIt()
    {
        // Act: --bogus once took "--db" as its value and the database went to ./cptgraph.db.
        using var run = await CliProcess.RunInAsync(_directory.Path, "seed", "--bogus", "--db", _directory.Database);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: unknown option --bogus", run.Error);
        Assert.Empty(Directory.GetFiles(_directory.Path, "*.db"));
    }

    [Fact]
    public async Task OptionOfAnotherCommand_IsAnError()
    {
        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, "import", "payers", "p.json", "--payer", "Aetna", "--db", _directory.Database);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: option --payer does not apply to import payers", run.Error);
    }

    [Theory]
    [InlineData("ingest tic", "error: ingest tic needs an INPUT (a TiC in-network file, a directory, a quoted glob or an http(s) URL)")]
    [InlineData("import payers", "error: import payers needs a payer catalog FILE")]
    [InlineData("ingest", "error: 'ingest' needs one of: ingest tic, ingest toc, ingest partitions, ingest medicare")]
    [InlineData("seed now", "error: seed takes no inputs, but was given 'now'")]
    public async Task VerbWithoutItsInputs_SaysWhatItNeeds(string command, string message)
    {
        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, [.. command.Split(' '), "--db", _directory.Database]);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Contains("usage: CptGraph.Server", run.Error);
    }

    [Fact]
    public async Task ImportPayers_WrongPath_IsAnErrorWithoutAStackTrace()
    {
        // Act: this used to end with exit 134 and an unhandled FileNotFoundException.
        var missing = Path.Combine(_directory.Path, "no-such-payers.json");
        using var run = await CliProcess.RunInAsync(_directory.Path, "import", "payers", missing, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {missing}: no such file", run.Error);
        Assert.Contains("nothing was written (no transaction had begun).", run.Error);
        Assert.DoesNotContain("Unhandled", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("rates.csv", "code,rate\n99213,100\n", "byte 0: not JSON: the file starts with \"code,rate\" (a CSV or other text file?)")]
    [InlineData("empty.json", "", "byte 0: not JSON: the file is empty")]
    [InlineData("blank.json", "  \n\n", "byte 4: not JSON: the file holds only whitespace")]
    public async Task IngestTic_AFileThatIsNotJson_IsNamedAsSuchBeforeParsing(string name, string content, string problem)
    {
        // Arrange
        var file = _directory.Write(name, content);

        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", file, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {file}: {problem}", run.Error);
        Assert.DoesNotContain("malformed JSON", run.Error);
    }

    [Fact]
    public async Task IngestTic_ADirectoryHoldingOnlyACsv_NamesTheCsv()
    {
        // Arrange
        var folder = Path.Combine(_directory.Path, "exports");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "rates.csv"), "code,rate\n99213,100\n");

        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", folder, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {Path.Combine(folder, "rates.csv")}: byte 0: not JSON: the file starts with \"code,rate\"", run.Error);
    }

    [Fact]
    public async Task IngestTic_AGzippedCsv_IsNamedAsNotJson()
    {
        // Arrange
        var file = Path.Combine(_directory.Path, "codes.json.gz");
        await File.WriteAllBytesAsync(file, TicFixtures.Gzip("code,description\n"));

        // Act
        using var run = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", file, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {file}: byte 0: not JSON: the decompressed file starts with \"code,description\"", run.Error);
    }

    [Fact]
    public async Task RolledBack_IsSaidOnlyWhenATransactionExisted()
    {
        // Arrange: a content file refused while reading (no transaction yet), and a TiC file refused mid-way (inside its own).
        var content = _directory.Write("content.json", "{ \"formatVersion\": 1, \"codes\": [ { \"code\": 5 } ] }");
        var tic = _directory.Write("truncated.json", TicFixtures.InNetwork("Guard Health", codes: 3, tins: 1)[..300]);

        // Act
        using var refused = await CliProcess.RunInAsync(_directory.Path, "import", "content", content, "--db", _directory.Database);
        using var rolledBack = await CliProcess.RunInAsync(_directory.Path, "ingest", "tic", tic, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("nothing was written (no transaction had begun).", refused.Error);
        Assert.DoesNotContain("rolled back", refused.Error);
        Assert.Equal(1, rolledBack.ExitCode);
        Assert.Contains($"nothing was written for {tic}: its transaction was rolled back; a FAILED run records the error.", rolledBack.Error);
    }

    [Fact]
    public async Task IngestMedicare_AMultiYearFileWithoutYear_SaysWhichYearsItHolds()
    {
        // Arrange: CMS's selected-codes extract holds 2024, 2025 and 2026 (this used to fail with SQLite error 19).
        var rvu = Path.Combine(CptGraph.Tests.RepositoryPaths.Medicare, "pprrvu_selected_codes_2024_2026.csv");
        var gpci = Path.Combine(CptGraph.Tests.RepositoryPaths.Medicare, "gpci_2026.csv");

        // Act
        using var withoutYear = await CliProcess.RunInAsync(_directory.Path, "ingest", "medicare", "--rvu", rvu, "--gpci", gpci, "--db", _directory.Database);
        using var otherYear = await CliProcess.RunInAsync(_directory.Path, "ingest", "medicare", "--rvu", rvu, "--gpci", gpci, "--year", "2023", "--db", _directory.Database);
        using var oneYear = await CliProcess.RunInAsync(_directory.Path, "ingest", "medicare", "--rvu", rvu, "--gpci", gpci, "--year", "2026", "--db", _directory.Database);

        // Assert
        Assert.Equal(1, withoutYear.ExitCode);
        Assert.Contains($"error: {rvu}: YEAR column: the file holds the years 2024, 2025, 2026: pass --year to choose one", withoutYear.Error);
        Assert.DoesNotContain("SQLite", withoutYear.Error);
        Assert.Equal(1, otherYear.ExitCode);
        Assert.Contains("the file holds no 2023 rows, only 2024, 2025, 2026: pass one of those to --year", otherYear.Error);
        Assert.True(oneYear.ExitCode == 0, oneYear.Error);
        Assert.Contains($"ingested {rvu}: run ", oneYear.Output);
    }

    public void Dispose() => _directory.Dispose();
}
