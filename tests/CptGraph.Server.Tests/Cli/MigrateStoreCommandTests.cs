using System.Net.Http.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;
using CptGraph.Server.Tests.Live;
using CptGraph.Server.Tests.Querying;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// <c>migrate-store</c> through the real CLI: a SQLite database seeded and fed an ingest is copied into an empty
/// PostgreSQL database, and a server on each store answers the same queries with the same bytes; a target that
/// already has data is refused, untouched.
/// </summary>
public sealed class MigrateStoreCommandTests
{
    [PostgresFact]
    public async Task ASqliteDatabase_CopiedIntoPostgres_ServesTheSameBytes_AndANonEmptyTargetIsRefused()
    {
        // Arrange: a SQLite file with the seed and one more ingest; an empty PostgreSQL database.
        using var sqlite = TestDatabase.NewSqliteFile();
        using var postgres = TestDatabase.PostgresEmpty();
        using var directory = new CliTestDirectory();
        var seed = await CliProcess.RunAsync(["seed", .. sqlite.CliArguments]);
        var ingest = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.AetnaUpdate, .. sqlite.CliArguments]);
        Assert.True(seed.ExitCode == 0 && ingest.ExitCode == 0, seed.Error + ingest.Error);

        // Act
        var migrate = await CliProcess.RunAsync("migrate-store", "--from", $"sqlite:{sqlite.Location}", "--to", postgres.Location);
        var again = await CliProcess.RunAsync("migrate-store", "--from", $"sqlite:{sqlite.Location}", "--to", postgres.Location);

        // Assert: copied, with a line per table; the second run changes nothing and says why.
        Assert.True(migrate.ExitCode == 0, migrate.Error);
        Assert.Matches(@"^copied \d+ rows in \d+ tables from .+ to postgres://127\.0\.0\.1:\d+/cptgraph_", migrate.Output);
        Assert.Contains("migrate-store: RateObservations: ", migrate.Error);
        Assert.Equal(1, again.ExitCode);
        Assert.Matches(@"error: the target postgres://127\.0\.0\.1:\d+/\w+ is not empty \(table \w+ has rows\): migrate-store copies into a new database only; nothing was written", again.Error);

        await using var onSqlite = await ServerProcess.StartAsync(sqlite);
        await using var onPostgres = await ServerProcess.StartAsync(postgres);
        foreach (var query in StoreParityTests.Queries().Cast<object[]>().Select(row => (string)row[0]).Append(LiveQueries.AetnaNow))
        {
            var fromSqlite = await BodyAsync(onSqlite, query);
            Assert.DoesNotContain("\"errors\"", fromSqlite);
            Assert.Equal(fromSqlite, await BodyAsync(onPostgres, query));
        }

        // The copied ingest is there (38 seeded Aetna rates + 4), and new rows get new ids after the copied ones.
        Assert.Contains("\"count\":42", await BodyAsync(onPostgres, LiveQueries.AetnaNow));
        var next = await CliProcess.RunAsync(["ingest", "tic", LiveTestData.WriteSecondAetnaUpdate(directory.Path), .. postgres.CliArguments]);
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Contains("\"count\":46", await BodyAsync(onPostgres, LiveQueries.AetnaNow));
    }

    [Fact]
    public async Task AMissingSourceFile_IsNamed_AndNothingIsWritten()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"cptgraph-missing-{Guid.NewGuid():N}.db");

        var run = await CliProcess.RunAsync("migrate-store", "--from", $"sqlite:{missing}", "--to", "Host=127.0.0.1;Database=unused");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: --from {missing}: no such SQLite file", run.Error);
        Assert.False(File.Exists(missing));
    }

    private static async Task<string> BodyAsync(ServerProcess server, string query)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadAsStringAsync();
    }
}
