using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;
using CptGraph.Server.Tests.Live;
using Npgsql;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// On PostgreSQL every writing CLI verb, and migrate-store, leaves the planner with statistics of what it wrote. Autovacuum
/// never analyzes a table as small as <c>Payers</c>, and without its statistics the planner mis-plans the payer filter of
/// <c>codes(where: { rates: … })</c> (55 ms instead of 0.4 ms on the API bench). A cloned test database starts with no
/// analyze on record, so each assertion can only pass through the CLI's own ANALYZE.
/// </summary>
public sealed class PlannerStatisticsTests
{
    [PostgresFact]
    public async Task AnIngestOnPostgres_LeavesItsTablesAnalyzed()
    {
        using var postgres = TestDatabase.PostgresSeeded();
        Assert.Empty(await AnalyzedAsync(postgres.Location, "Payers", "RateDistributions"));

        var ingest = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.AetnaUpdate, .. postgres.CliArguments]);

        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Equal(["Payers", "RateDistributions"], await AnalyzedAsync(postgres.Location, "Payers", "RateDistributions"));
    }

    [PostgresFact]
    public async Task MigrateStore_LeavesEveryCopiedTableAnalyzed()
    {
        using var sqlite = TestDatabase.NewSqliteFile();
        using var postgres = TestDatabase.PostgresEmpty();
        var seed = await CliProcess.RunAsync(["seed", .. sqlite.CliArguments]);
        Assert.True(seed.ExitCode == 0, seed.Error);

        var migrate = await CliProcess.RunAsync("migrate-store", "--from", $"sqlite:{sqlite.Location}", "--to", postgres.Location);

        Assert.True(migrate.ExitCode == 0, migrate.Error);
        Assert.Empty(await NotAnalyzedWithRowsAsync(postgres.Location));
        Assert.Equal(["Payers"], await AnalyzedAsync(postgres.Location, "Payers"));
    }

    // The given tables that have a manual ANALYZE on record (autovacuum's own runs are recorded apart).
    private static async Task<List<string>> AnalyzedAsync(string connectionString, params string[] tables)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY($1) AND last_analyze IS NOT NULL ORDER BY relname COLLATE \"C\"", connection);
        command.Parameters.AddWithValue(tables);
        return await ReadNamesAsync(command);
    }

    private static async Task<List<string>> NotAnalyzedWithRowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT relname FROM pg_stat_user_tables WHERE n_live_tup > 0 AND last_analyze IS NULL ORDER BY relname COLLATE \"C\"", connection);
        return await ReadNamesAsync(command);
    }

    private static async Task<List<string>> ReadNamesAsync(NpgsqlCommand command)
    {
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
