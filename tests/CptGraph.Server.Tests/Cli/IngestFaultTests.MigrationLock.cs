using CptGraph.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CptGraph.Server.Tests.Cli;

// Issue 15 row 3: no start-up or command waits unboundedly on another process's hold on the database.
public sealed partial class IngestFaultTests
{
    [Fact]
    public async Task StaleMigrationLockRow_FromAProcessKilledMidMigration_IsRemoved_AndTheCliAndServerStart()
    {
        // Arrange: what kill -9 during the first migration leaves: EF Core's lock row and nothing else.
        var killedDuringFirstMigration = Path.Combine(_directory.Path, "killed.db");
        InsertStaleLockRow(killedDuringFirstMigration);

        // Act: a real CLI process, bounded by a test timeout far above a second's work.
        var import = await CliProcess.RunAsync("import", "payers", PayerCatalog, "--db", killedDuringFirstMigration, "--lock-timeout", "5");

        // Assert
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("Removed a stale migration lock", import.Error);
        Assert.Equal(0L, (long)Scalar(killedDuringFirstMigration, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
        Assert.True((long)Scalar(killedDuringFirstMigration, "SELECT COUNT(*) FROM Payers") > 0);
    }

    [Fact]
    public async Task StaleLockRowInAMigratedDatabase_IsNeverWaitedOn()
    {
        // Arrange: a migrated database, then a lock row left behind (nothing is pending, so nobody needs the lock).
        await ImportPayersAsync(_directory.Database);
        InsertStaleLockRow(_directory.Database);
        var file = await DemoFileAsync("after-stale-lock.json", codes: 2, providers: 20);

        // Act
        var ingest = await CliProcess.RunAsync("ingest", "tic", file, "--db", _directory.Database, "--lock-timeout", "5");
        var copy = Path.Combine(_directory.Path, "served.db");
        File.Copy(_directory.Database, copy);
        await using var server = new CptGraphServerFactory(copy);
        using var answer = await server.QueryAsync("{ payer(name: \"Aetna\") { name } }");

        // Assert
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Equal("Aetna", answer.RootElement.GetProperty("data").GetProperty("payer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnotherProcessMigrating_IsWaitedForOnlyUpToTheLockTimeout()
    {
        // Arrange: this process holds the migration guard, as a migrating CLI or server would.
        var fresh = Path.Combine(_directory.Path, "fresh.db");
        CliProcess import;
        using (new FileStream(fresh + ".migrations.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            // Act
            import = await CliProcess.RunAsync("import", "payers", PayerCatalog, "--db", fresh, "--lock-timeout", "1");
        }

        // Assert: it said what it waited on, then gave up clearly.
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Waiting for another process to finish migrating", import.Error);
        Assert.Contains($"error: another process has been migrating {fresh} for longer than the lock timeout (1 s", import.Error);
        Assert.Contains("--lock-timeout", import.Error);
    }

    [Fact]
    public async Task IngestWaitingForTheWriteLock_SaysSoAndOnWhat()
    {
        // Arrange: another writer holds the write lock for longer than the notice delay (2 s).
        var file = await DemoFileAsync("waiting.json", codes: 2, providers: 20);
        await ImportPayersAsync(_directory.Database);
        CliProcess ingest;
        using (var holder = new SqliteConnection($"Data Source={_directory.Database};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            // Act
            ingest = await CliProcess.RunAsync("ingest", "tic", file, "--db", _directory.Database, "--lock-timeout", "4");
        }

        // Assert
        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains($"Waiting for the write lock on {_directory.Database}", ingest.Error);
        Assert.Contains("giving up after 4 s", ingest.Error);
    }

    private static void InsertStaleLockRow(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-01 03:00:00');
            """;
        command.ExecuteNonQuery();
    }
}
