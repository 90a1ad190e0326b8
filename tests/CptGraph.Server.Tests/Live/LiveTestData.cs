using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Live;

/// <summary>The live tests' input: a small Aetna TiC file that moves 96375's Aetna distribution, and how to ingest it.</summary>
public static class LiveTestData
{
    /// <summary>Four new Aetna 96375 professional rates ($60.00, $62.50, $64.00, $66.50) from four new TINs.</summary>
    public static string AetnaUpdate => Path.Combine(AppContext.BaseDirectory, "Live", "Data", "aetna-96375-update.json");

    /// <summary>The rates <see cref="AetnaUpdate"/> (and <see cref="WriteSecondAetnaUpdate"/>) add: 60.00 + 62.50 + 64.00 + 66.50.</summary>
    public const decimal AetnaUpdateSum = 253.00m;

    /// <summary>
    /// Writes into <paramref name="directory"/> a second update: the same four rates from four other TINs (so they are
    /// new observations and the file a new hash). Returns its path.
    /// </summary>
    public static string WriteSecondAetnaUpdate(string directory)
    {
        var text = File.ReadAllText(AetnaUpdate).Replace("\"90-000000", "\"91-000000").Replace("190000000", "191000000");
        var path = Path.Combine(directory, "aetna-96375-second-update.json");
        File.WriteAllText(path, text);
        return path;
    }

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
