using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Live;

/// <summary>The live tests' input: a small Aetna TiC file that moves 96375's Aetna distribution, and how to ingest it.</summary>
public static class LiveTestData
{
    /// <summary>Four new Aetna 96375 professional rates ($60.00, $62.50, $64.00, $66.50) from four new TINs.</summary>
    public static string AetnaUpdate => Path.Combine(AppContext.BaseDirectory, "Live", "Data", "aetna-96375-update.json");

    /// <summary>Aetna's seeded demo mean for 96375, before the update (README table).</summary>
    public const decimal AetnaMeanBefore = 28.0939m;

    /// <summary>The seeded gap for 96375 (README).</summary>
    public const decimal GapBefore = 11.4278m;

    /// <summary>Ingests <paramref name="file"/> into <paramref name="databasePath"/> with the real CLI, in this process.</summary>
    public static Task<CliRun> IngestAsync(string databasePath, string file) => IngestAsync(TestDatabase.SqliteFile(databasePath), file);

    /// <summary>Ingests <paramref name="file"/> into <paramref name="database"/> (either store) with the real CLI, in this process.</summary>
    public static async Task<CliRun> IngestAsync(TestDatabase database, string file)
    {
        var run = await CliRun.RunAsync(["ingest", "tic", file, .. database.CliArguments]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    /// <summary>The id of the newest outbox event: what a client that saw everything so far would resume after.</summary>
    public static long LastEventId(string databasePath) => LastEventId(TestDatabase.SqliteFile(databasePath));

    public static long LastEventId(TestDatabase database) =>
        Convert.ToInt64(database.Scalar("""SELECT COALESCE(MAX("Id"), 0) FROM "OutboxMessages" """));
}
