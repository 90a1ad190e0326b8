using CptGraph.Server.Tests.Cli;
using Microsoft.Data.Sqlite;
using static CptGraph.Server.Tests.Rates.TicRateFile;

namespace CptGraph.Server.Tests.Rates;

public sealed class DistributionRecomputeTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task NewVintageOfOnePayer_RewritesOnlyItsOwnRowsAndTheAggregateFromItsMonth()
    {
        // Arrange: Medicare, Aetna August, Cigna September and a non-BUCA payer.
        await RatesDatabase.ImportPayersAndMedicareAsync(_directory);
        await RatesDatabase.IngestAsync(_directory, "aetna-08.json", Json("Aetna Life Insurance Company", "2026-08-01", [new("96375", "11-0000001", 20m)]));
        await RatesDatabase.IngestAsync(_directory, "cigna-09.json", Json("Cigna Health and Life Insurance Company", "2026-09-01", [new("96375", "22-0000001", 100m)]));
        await RatesDatabase.IngestAsync(_directory, "acme-09.json", Json("Acme Regional Health Plan", "2026-09-01", [new("96375", "33-0000001", 70m)]));
        var before = Rows();

        // Act
        await RatesDatabase.IngestAsync(_directory, "aetna-10.json", Json("Aetna Life Insurance Company", "2026-10-01", [new("96375", "11-0000001", 25m)]));

        // Assert: every row other than Aetna's new month and the BUCA aggregate is the very same row (same id, same values).
        var after = Rows();
        var untouched = before.Where(r => r.Payer != "aggregate").ToList();
        Assert.Equal(8, untouched.Count); // Medicare, Aetna 08, Cigna 09, Acme 09: default and screened each.
        Assert.All(untouched, r => Assert.Contains(r, after));
        Assert.Equal(2, after.Count(r => r.Payer == "Aetna" && r.Month == "2026-10"));
        var aggregates = after.Where(r => r.Payer == "aggregate").ToList();
        Assert.Equal(["2026-08", "2026-08", "2026-09", "2026-09", "2026-10", "2026-10"], aggregates.Select(r => r.Month).Order(StringComparer.Ordinal));
        // Aggregates as of August and September cannot change and are kept; October's is new.
        Assert.All(aggregates.Where(r => r.Month != "2026-10"), r => Assert.Contains(r, before));
        Assert.Equal((2, 62.5), aggregates.Where(r => r.Month == "2026-10" && !r.Screened).Select(r => (r.Count, r.Mean)).Single());
    }

    public void Dispose() => _directory.Dispose();

    private List<Row> Rows()
    {
        using var connection = new SqliteConnection($"Data Source={_directory.Database};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d."Id", COALESCE(p."Name", 'aggregate'), d."VintageMonth", d."Screened", d."Count", d."Mean"
            FROM "RateDistributions" d LEFT JOIN "Payers" p ON p."Id" = d."PayerId"
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetInt32(4), reader.GetDouble(5)));
        }

        return rows;
    }

    private sealed record Row(long Id, string Payer, string Month, bool Screened, int Count, double Mean);
}
