using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CptGraph.Ingestion.Demo;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CptGraph.Server.Tests.Cli;

// Faults driven through the real CLI process: each ends with a clear message (file, place, problem), a
// non-zero exit and a database identical to before; a run killed with SIGKILL converges on a re-run.
public sealed partial class IngestFaultTests : IDisposable
{
    private const string Aetna = "Aetna Life Insurance Company";
    private readonly CliTestDirectory _directory = new();

    private static string PayerCatalog => Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");

    [Fact]
    public async Task KilledWithSigkillMidIngest_LeavesTheDatabaseAsBefore_AndARerunConverges()
    {
        // Arrange: the same file into a reference database, uninterrupted, and into the one we kill.
        var file = await DemoFileAsync("big.json", codes: 60, providers: 2000);
        var reference = Path.Combine(_directory.Path, "reference.db");
        await ImportPayersAsync(reference);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", file, "--db", reference)).ExitCode);
        await ImportPayersAsync(_directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);

        // Act: kill -9 once rows are being written inside the file's transaction.
        using (var ingest = CliProcess.Start("ingest", "tic", file, "--db", _directory.Database, "--progress-every", "0.05"))
        {
            var midway = await ingest.WaitForErrorLineAsync(line => KeptSoFar(line) > 0, TimeSpan.FromMinutes(2));
            Assert.True(midway, $"the ingest ended before it could be killed:\n{ingest.Error}");
            ingest.KillHard();
            Assert.NotEqual(0, ingest.ExitCode);
        }

        // Assert: nothing of the killed run is visible, and the database is sound.
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
        Assert.Equal("ok", Scalar(_directory.Database, "PRAGMA integrity_check"));

        // Act: the cron job's next attempt.
        var rerun = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        // Assert: the same observations and distributions as the uninterrupted run.
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Rows(reference, ObservationsQuery), Rows(_directory.Database, ObservationsQuery));
        Assert.Equal(Rows(reference, DistributionsQuery), Rows(_directory.Database, DistributionsQuery));
        Assert.Equal("120001", Scalar(_directory.Database, "SELECT COUNT(*) FROM RateObservations").ToString());
    }

    [Fact]
    public async Task TruncatedGzip_NamesFileAndOffset_AndChangesNothing()
    {
        // Arrange: a gzip file cut at 60 %, as an interrupted download leaves it.
        var json = await DemoFileAsync("cut.json", codes: 20, providers: 300);
        var gzip = Path.Combine(_directory.Path, "cut.json.gz");
        await using (var target = File.Create(gzip))
        await using (var compressor = new GZipStream(target, CompressionLevel.Fastest))
        await using (var source = File.OpenRead(json))
        {
            await source.CopyToAsync(compressor);
        }

        var bytes = await File.ReadAllBytesAsync(gzip);
        var cut = bytes.Length * 6 / 10;
        await File.WriteAllBytesAsync(gzip, bytes[..cut]);
        await ImportPayersAsync(_directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);

        // Act
        var run = await CliProcess.RunAsync("ingest", "tic", gzip, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {gzip}", run.Error);
        Assert.Matches(@"byte \d+, \$", run.Error);
        Assert.Contains($"the compressed stream ended early (truncated download?) after {cut} compressed bytes", run.Error);
        Assert.DoesNotContain("malformed JSON", run.Error);
        Assert.Contains("nothing was written", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Fact]
    public async Task InvalidJsonMidFile_AfterBatchesWereWritten_NamesTheOffsetAndPath_AndChangesNothing()
    {
        // Arrange: corrupt one negotiated_rate two thirds into a file of many write batches.
        var file = await DemoFileAsync("corrupt.json", codes: 40, providers: 1000);
        var text = await File.ReadAllTextAsync(file);
        var at = text.IndexOf("\"negotiated_rate\":", text.Length * 2 / 3, StringComparison.Ordinal) + "\"negotiated_rate\":".Length;
        await File.WriteAllTextAsync(file, string.Concat(text.AsSpan(0, at), "x", text.AsSpan(at + 1)));
        await ImportPayersAsync(_directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);

        // Act
        var run = await CliProcess.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        // Assert: the offset is the corrupted byte's (ASCII file, so chars = bytes) and the path names the price.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("malformed JSON", run.Error);
        var offset = long.Parse(ByteOffset().Match(run.Error).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(offset, at - 1, at + 1);
        Assert.Matches(@"\$\.in_network\[\d+\]\.negotiated_rates\[\d+\]\.negotiated_prices\[0\]", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Fact]
    public async Task FullDisk_FailsWithAClearMessage_AndChangesNothing()
    {
        // Arrange: the database on a 2 MB tmpfs when this machine lets us mount one (CI runs as root), else the
        // same SQLITE_FULL through the --max-db-size cap; the file needs several megabytes.
        var file = await DemoFileAsync("large.json", codes: 60, providers: 600);
        using var volume = SmallVolume.TryMount(Path.Combine(_directory.Path, "volume"), megabytes: 2);
        var database = volume is null ? _directory.Database : Path.Combine(volume.Path, "cptgraph.db");
        string[] cap = volume is null ? ["--max-db-size", "1"] : [];
        await ImportPayersAsync(database);
        var before = DatabaseSnapshot.Of(database);

        // Act
        var run = await CliProcess.RunAsync(["ingest", "tic", file, "--db", database, .. cap]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: database {database}: ", run.Error);
        Assert.Contains("database or disk is full", run.Error);
        Assert.Contains("nothing was written", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(database));
    }

    [Fact]
    public async Task LockedDatabase_WaitsForTheLockTimeout_ThenFailsClearly_AndChangesNothing()
    {
        // Arrange: another process's writer holds the database's write lock.
        var file = await DemoFileAsync("small.json", codes: 2, providers: 20);
        await ImportPayersAsync(_directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);
        CliRun run;
        using (var holder = new SqliteConnection($"Data Source={_directory.Database};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            // Act
            var process = await CliProcess.RunAsync("ingest", "tic", file, "--db", _directory.Database, "--lock-timeout", "1");
            run = new CliRun(process.ExitCode, process.Output, process.Error);
        }

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: database {_directory.Database}: ", run.Error);
        Assert.Contains("database is locked", run.Error);
        Assert.Contains("--lock-timeout", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Fact]
    public async Task RedirectedStandardError_GetsStructuredProgressLines_EndingAtTheFileSize()
    {
        // Arrange
        var file = await DemoFileAsync("progress.json", codes: 5, providers: 100);
        var size = new FileInfo(file).Length;

        // Act
        var run = await CliProcess.RunAsync("ingest", "tic", file, "--db", _directory.Database, "--progress-every", "0.05");

        // Assert: JSON log lines (stderr is not a terminal), the last one at 100 % with every row counted.
        Assert.Equal(0, run.ExitCode);
        var last = run.Error.Split('\n').Last(line => line.Contains("\"Message\":\"Progress ", StringComparison.Ordinal));
        Assert.StartsWith("{", last.Trim());
        Assert.Contains($"{size} of {size} bytes (100.0%)", last);
        Assert.Equal(KeptFromResult(run.Output), KeptSoFar(last));
    }

    [Fact]
    public async Task Recompute_ReportsCodesDone_UpToEveryTouchedCode()
    {
        // Arrange: 40 codes, more than one recompute chunk.
        var file = await DemoFileAsync("recompute.json", codes: 40, providers: 20);

        // Act
        var run = await CliProcess.RunAsync("ingest", "tic", file, "--db", _directory.Database, "--progress-every", "0.05");

        // Assert: the phase after reading reports its own progress, ending with every code done.
        Assert.Equal(0, run.ExitCode);
        var last = run.Error.Split('\n').Last(line => line.Contains("\"Message\":\"Recomputing ", StringComparison.Ordinal));
        Assert.StartsWith("{", last.Trim());
        Assert.Contains("40 of 40 codes", last);
    }

    public void Dispose() => _directory.Dispose();

    private const string ObservationsQuery =
        "SELECT PayerId, CodeId, ModifierKey, BillingClass, ProviderKey, Amount, NegotiatedType, Vintage FROM RateObservations ORDER BY 1, 2, 3, 4, 5, 6";

    private const string DistributionsQuery =
        "SELECT PayerId, CodeId, BillingClass, ModifierKey, Count, Min, P25, Median, P75, Max, Mean FROM RateDistributions ORDER BY 1, 2, 3, 4";

    private async Task<string> DemoFileAsync(string name, int codes, int providers)
    {
        var path = Path.Combine(_directory.Path, name);
        var rates = Enumerable.Range(0, codes).Select(i => new DemoBaseRate((20_000 + i).ToString(CultureInfo.InvariantCulture), 30m + i)).ToList();
        await using var file = File.Create(path);
        await DemoTicGenerator.WriteAsync(new DemoTicOptions(Aetna, new DateOnly(2026, 10, 1), rates, providers, 7), file);
        return path;
    }

    private static async Task ImportPayersAsync(string database) =>
        Assert.Equal(0, (await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", database)).ExitCode);

    private static long KeptSoFar(string logLine) =>
        KeptInProgress().Match(logLine) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static long KeptFromResult(string output) => long.Parse(KeptInResult().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);

    private static object Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private static string Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"(\d+) observations kept")]
    private static partial Regex KeptInProgress();

    [GeneratedRegex(@"kept (\d+)")]
    private static partial Regex KeptInResult();

    [GeneratedRegex(@"byte (\d+)")]
    private static partial Regex ByteOffset();
}
