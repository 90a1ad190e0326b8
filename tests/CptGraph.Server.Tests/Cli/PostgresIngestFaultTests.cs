using System.Globalization;
using System.Text.RegularExpressions;
using CptGraph.Ingestion.Demo;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;
using Npgsql;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// The ingest's all-or-nothing guarantee on PostgreSQL, through the real CLI process: binary COPY batches written inside
/// the file's one transaction vanish when the file turns out bad, when the process is killed with SIGKILL, or when the
/// server drops the connection; a re-run converges on what an uninterrupted run stores.
/// </summary>
public sealed partial class PostgresIngestFaultTests : IDisposable, IRunsOnPostgres
{
    private const string Aetna = "Aetna Life Insurance Company";
    // By code value, not id: PostgreSQL's identity sequences never roll back, so a killed run leaves a gap in the code ids.
    private const string ObservationsQuery =
        """SELECT o."PayerId", c."Value", o."ModifierKey", o."BillingClass", o."ProviderKey", o."Amount", o."NegotiatedType", o."Vintage" FROM "RateObservations" o JOIN "Codes" c ON c."Id" = o."CodeId" ORDER BY 1, 2, 3, 4, 5, 6""";
    private const string DistributionsQuery =
        """SELECT d."PayerId", c."Value", d."BillingClass", d."ModifierKey", d."Count", d."Min", d."P25", d."Median", d."P75", d."Max", d."Mean" FROM "RateDistributions" d JOIN "Codes" c ON c."Id" = d."CodeId" ORDER BY 1, 2, 3, 4""";

    private readonly CliTestDirectory _directory = new();
    private readonly TestDatabase _database = TestDatabase.PostgresEmpty();

    private static string PayerCatalog => Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");

    [Fact]
    public async Task KilledWithSigkillMidIngest_LeavesTheDatabaseAsBefore_AndARerunConverges()
    {
        // Arrange: the same file into a reference database, uninterrupted, and into the one we kill.
        var file = await DemoFileAsync("big.json", codes: 10, providers: 300);
        using var reference = TestDatabase.PostgresEmpty();
        await ImportPayersAsync(reference);
        var uninterrupted = await CliRun.RunAsync(["ingest", "tic", file, .. reference.CliArguments]);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.Error);
        await ImportPayersAsync(_database);
        var before = DatabaseSnapshot.Of(_database);

        // Act: kill -9 once COPY batches are being written inside the file's transaction.
        using (var ingest = CliProcess.Start(["ingest", "tic", file, .. _database.CliArguments, "--progress-every", "0.05"]))
        {
            Assert.True(await ingest.WaitForErrorLineAsync(line => KeptSoFar(line) > 0, TimeSpan.FromMinutes(2)), $"the ingest ended before it could be killed:\n{ingest.Error}");
            ingest.KillHard();
            Assert.NotEqual(0, ingest.ExitCode);
        }

        // Assert: nothing of the killed run is visible (PostgreSQL rolls back the dead session's transaction).
        await WaitForNoOtherSessionsAsync();
        Assert.Equal(before, DatabaseSnapshot.Of(_database));

        // Act: the cron job's next attempt.
        var rerun = await CliRun.RunAsync(["ingest", "tic", file, .. _database.CliArguments]);

        // Assert: the same observations and distributions as the uninterrupted run.
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(Rows(reference, ObservationsQuery), Rows(_database, ObservationsQuery));
        Assert.Equal(Rows(reference, DistributionsQuery), Rows(_database, DistributionsQuery));
        Assert.Equal(3_001L, Convert.ToInt64(_database.Scalar("""SELECT COUNT(*) FROM "RateObservations" """)));
    }

    [Fact]
    public async Task InvalidJsonMidFile_AfterCopyBatchesWereWritten_NamesTheOffsetAndPath_AndChangesNothing()
    {
        // Arrange: corrupt one negotiated_rate two thirds into a file of many write batches.
        var file = await DemoFileAsync("corrupt.json", codes: 10, providers: 300);
        var text = await File.ReadAllTextAsync(file);
        var at = text.IndexOf("\"negotiated_rate\":", text.Length * 2 / 3, StringComparison.Ordinal) + "\"negotiated_rate\":".Length;
        await File.WriteAllTextAsync(file, string.Concat(text.AsSpan(0, at), "x", text.AsSpan(at + 1)));
        await ImportPayersAsync(_database);
        var before = DatabaseSnapshot.Of(_database);

        // Act
        var run = await CliProcess.RunAsync(["ingest", "tic", file, .. _database.CliArguments]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("malformed JSON", run.Error);
        Assert.Matches(@"\$\.in_network\[\d+\]\.negotiated_rates\[\d+\]\.negotiated_prices\[0\]", run.Error);
        Assert.Contains("nothing was written", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_database));
    }

    [Fact]
    public async Task ConnectionLostMidIngest_FailsClearly_AndChangesNothing()
    {
        // Arrange
        var file = await DemoFileAsync("lost.json", codes: 10, providers: 300);
        await ImportPayersAsync(_database);
        var before = DatabaseSnapshot.Of(_database);

        // Act: the server ends the ingest's session (as a failover or a restarted server would) mid-file.
        using var ingest = CliProcess.Start(["ingest", "tic", file, .. _database.CliArguments, "--progress-every", "0.05"]);
        Assert.True(await ingest.WaitForErrorLineAsync(line => KeptSoFar(line) > 0, TimeSpan.FromMinutes(2)), $"the ingest ended before its connection could be cut:\n{ingest.Error}");
        await TerminateOtherSessionsAsync();
        await ingest.WaitAsync(TimeSpan.FromMinutes(2));

        // Assert: a message naming the database (never its password) and the rollback, and nothing stored.
        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains($"error: database postgres://127.0.0.1:{PostgresCluster.Instance.Port}/", ingest.Error);
        Assert.Contains("nothing was written", ingest.Error);
        await WaitForNoOtherSessionsAsync();
        Assert.Equal(before, DatabaseSnapshot.Of(_database));
    }

    public void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
    }

    private async Task<string> DemoFileAsync(string name, int codes, int providers)
    {
        var path = Path.Combine(_directory.Path, name);
        var rates = Enumerable.Range(0, codes).Select(i => new DemoBaseRate((20_000 + i).ToString(CultureInfo.InvariantCulture), 30m + i)).ToList();
        await using var file = File.Create(path);
        await DemoTicGenerator.WriteAsync(new DemoTicOptions(Aetna, new DateOnly(2026, 10, 1), rates, providers, 7), file);
        return path;
    }

    private static async Task ImportPayersAsync(TestDatabase database)
    {
        var run = await CliRun.RunAsync(["import", "payers", PayerCatalog, .. database.CliArguments]);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    private async Task TerminateOtherSessionsAsync() =>
        await OtherSessionsAsync("SELECT count(pg_terminate_backend(pid))");

    // A killed client's backend may take a moment to notice and roll back.
    private async Task WaitForNoOtherSessionsAsync()
    {
        for (var i = 0; i < 200 && await OtherSessionsAsync("SELECT count(*)") > 0; i++)
        {
            await Task.Delay(50);
        }
    }

    private async Task<long> OtherSessionsAsync(string select)
    {
        await using var connection = (NpgsqlConnection)_database.Open();
        await using var command = new NpgsqlCommand($"{select} FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static string Rows(TestDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var text = new System.Text.StringBuilder();
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

    private static long KeptSoFar(string logLine) =>
        KeptInProgress().Match(logLine) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(\d+) observations kept")]
    private static partial Regex KeptInProgress();
}
