using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

public sealed class IngestInputsCommandTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task DirectoryAndGlobInputs_IngestEveryMatchingFile_InNameOrder()
    {
        // Arrange
        var folder = Directory.CreateDirectory(Path.Combine(_directory.Path, "month")).FullName;
        File.WriteAllText(Path.Combine(folder, "b.json"), TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 2, tins: 1));
        File.WriteAllText(Path.Combine(folder, "a.json"), TicFixtures.InNetwork("Cigna Health and Life Insurance Company", codes: 3, tins: 1));
        File.WriteAllBytes(Path.Combine(_directory.Path, "x-rates.bin"), TicFixtures.Gzip(TicFixtures.InNetwork("Acme", codes: 4, tins: 1)));
        File.WriteAllText(Path.Combine(_directory.Path, "y-other.json"), "not json and not matched");

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", folder, Path.Combine(_directory.Path, "x-*.bin"), "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"ingested {Path.Combine(folder, "a.json")}: run 1, ", lines[0]);
        Assert.Contains("kept 3,", lines[0]);
        Assert.StartsWith($"ingested {Path.Combine(folder, "b.json")}: run 2, ", lines[1]);
        Assert.StartsWith($"ingested {Path.Combine(_directory.Path, "x-rates.bin")}: run 3, ", lines[2]);
        Assert.Contains("kept 4,", lines[2]);
    }

    [Fact]
    public async Task GlobMatchingNothing_ExitsOne_AndIngestsNothing()
    {
        var good = _directory.Write("good.json", TicFixtures.InNetwork("Cigna", codes: 1, tins: 1));
        var pattern = Path.Combine(_directory.Path, "*.json.gz");

        var run = await CliRun.RunAsync("ingest", "tic", good, pattern, "--db", _directory.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {pattern}: input: no file matches", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task SameContentUnderAnotherName_IsSkippedByItsStreamedHash_AndChangesNothing()
    {
        // Arrange: a copy has another path and time, so only the hash computed while reading can tell.
        var content = TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 5, tins: 2);
        var first = _directory.Write("2026-09.json", content);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", first, "--db", _directory.Database)).ExitCode);
        var copy = _directory.Write("copy-of-2026-09.json", content);
        var before = DatabaseSnapshot.Of(_directory.Database);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", copy, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Matches($"^skipped {System.Text.RegularExpressions.Regex.Escape(copy)}: identical content \\(SHA-256 [0-9a-f]{{64}}\\) was already ingested by run 1; --force ingests it again$", run.Output.Trim());
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("{ ingestRuns(status: SKIPPED) { source sha256 error } all: ingestRuns { runId } }");
        var data = response.RootElement.GetProperty("data");
        var skipped = Assert.Single(data.GetProperty("ingestRuns").EnumerateArray());
        // API clients see the file's name, not the server's directories (Ingest:ShowSourcePaths).
        Assert.Equal(Path.GetFileName(copy), skipped.GetProperty("source").GetString());
        Assert.StartsWith($"identical content (SHA-256 {skipped.GetProperty("sha256").GetString()}) was already ingested by run 1", skipped.GetProperty("error").GetString());
        Assert.Equal(2, data.GetProperty("all").GetArrayLength());
    }

    [Fact]
    public async Task BadFileAmongGoodOnes_IsRecordedAsFailed_TheOthersAreIngested_ExitOne()
    {
        // Arrange
        var bad = _directory.Write("1-bad.json", """{"reporting_entity_name":"Aetna","version":"2.0.0","last_updated_on":"2026-01-01","in_network":[{"billing_code":""");
        var good = _directory.Write("2-good.json", TicFixtures.InNetwork("Cigna", codes: 2, tins: 1));

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", bad, good, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {bad}: byte ", run.Error);
        Assert.Contains("malformed JSON", run.Error);
        Assert.StartsWith($"ingested {good}: run 2, ", run.Output);
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("{ ingestRuns { runId source status error sha256 } }");
        var runs = response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray().ToList();
        Assert.Equal(["2:SUCCEEDED", "1:FAILED"], runs.Select(r => $"{r.GetProperty("runId").GetInt32()}:{r.GetProperty("status").GetString()}"));
        var failed = runs[1];
        Assert.Equal(Path.GetFileName(bad), failed.GetProperty("source").GetString());
        Assert.StartsWith($"{Path.GetFileName(bad)}: byte ", failed.GetProperty("error").GetString());
        Assert.Contains("malformed JSON", failed.GetProperty("error").GetString());
    }

    public void Dispose() => _directory.Dispose();
}
