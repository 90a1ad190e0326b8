using System.Globalization;
using System.Text;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// The distributed path through the real CLI process: two machines each ingest one file observations-only and export
/// Parquet partitions; <c>ingest partitions</c> on the union gives exactly the distributions of one ingest of both files.
/// </summary>
public sealed class DistributedIngestTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    private static string PayerCatalog => Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");

    [Fact]
    public async Task TwoPartialIngests_UnionOfPartitions_GivesTheDistributionsOfOneIngest()
    {
        // Arrange: Aetna, 2026-09. File A prices 99213 for TINs 1–12 at $50 + t and 99214 for TINs 1–6 at $80 + 2t;
        // file B prices 99213 for TINs 8–20 (8–12 repeat A's contracts: deduplicated) plus TIN 21 at $5,000 (fenced
        // out by screening), and 99214 for TINs 5–10 (5–6 repeat A).
        var fileA = await WriteAsync("a.json", [.. Contracts("99213", 1, 12, t => 50m + t), .. Contracts("99214", 1, 6, t => 80m + 2 * t)]);
        var fileB = await WriteAsync("b.json",
            [.. Contracts("99213", 8, 20, t => 50m + t), ("99213", 21, 5000m), .. Contracts("99214", 5, 10, t => 80m + 2 * t)]);
        var one = Path.Combine(_directory.Path, "one.db");
        await RunAsync("import", "payers", PayerCatalog, "--db", one);
        await RunAsync("ingest", "tic", fileA, fileB, "--payer", "Aetna", "--db", one);

        // Act: each "machine" ingests its file without recomputing and exports partitions; the union is ingested.
        string[] partitions = [Path.Combine(_directory.Path, "parts-a"), Path.Combine(_directory.Path, "parts-b")];
        string[] files = [fileA, fileB];
        for (var machine = 0; machine < 2; machine++)
        {
            var partial = Path.Combine(_directory.Path, $"partial-{machine}.db");
            await RunAsync("ingest", "tic", files[machine], "--observations-only", "--payer", "Aetna", "--db", partial);
            Assert.Equal(0L, await ScalarAsync(partial, """SELECT COUNT(*) FROM "RateDistributions" """));
            await RunAsync("export", "observations", "--format", "parquet", "--out", partitions[machine], "--db", partial);
        }

        var union = Path.Combine(_directory.Path, "union.db");
        await RunAsync("import", "payers", PayerCatalog, "--db", union);
        var ingested = await RunAsync("ingest", "partitions", partitions[0], partitions[1], "--db", union);

        // Assert: the same distributions, row for row; and they are the ones worked out by hand.
        Assert.Contains("kept 18", ingested.Output);
        Assert.Contains("kept 13, duplicate 7", ingested.Output);
        var expected = await DistributionsAsync(one);
        Assert.Equal(expected, await DistributionsAsync(union));

        // 99213 unscreened: 21 TINs, $51…$70 and $5,000: n = 21, P25 = x[5] = $56, median = x[10] = $61, P75 = x[15] = $66,
        // mean = (Σ 51…70 + 5,000) / 21 = (1,210 + 5,000) / 21 = 295.7143; screened drops the $5,000 outlier.
        Assert.Equal("21|56.0|61.0|66.0|295.7143", await StatisticsAsync(union, "99213", screened: false));
        Assert.Equal("20|55.75|60.5|65.25|60.5", await StatisticsAsync(union, "99213", screened: true));

        // 99214: TINs 1–10 at $82…$100 by 2: P25 = x[2.25] = 86.5, median = 91, P75 = 95.5, mean = 91.
        Assert.Equal("10|86.5|91.0|95.5|91.0", await StatisticsAsync(union, "99214", screened: false));
    }

    [Fact]
    public async Task IngestPartitions_FolderWithoutPartitions_IsRefused()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_directory.Path, "empty")).FullName;

        var run = await CliRun.RunAsync("ingest", "partitions", empty, "--db", _directory.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{empty}: folder: holds no .parquet file", run.Error);
    }

    private static IEnumerable<(string Code, int Tin, decimal Amount)> Contracts(string code, int firstTin, int lastTin, Func<int, decimal> amount) =>
        Enumerable.Range(firstTin, lastTin - firstTin + 1).Select(t => (code, t, amount(t)));

    private async Task<string> WriteAsync(string name, IEnumerable<(string Code, int Tin, decimal Amount)> contracts)
    {
        var items = contracts.GroupBy(c => c.Code).Select(code => $$"""
            {"negotiation_arrangement":"ffs","name":"n","billing_code_type":"CPT","billing_code_type_version":"2026","billing_code":"{{code.Key}}","description":"d",
             "negotiated_rates":[{{string.Join(",", code.Select(c => $$$"""
               {"provider_groups":[{"npi":[{{{1_000_000_000 + c.Tin}}}],"tin":{"type":"ein","value":"{{{c.Tin:D9}}}"}}],
                "negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":{{{c.Amount.ToString(CultureInfo.InvariantCulture)}}},"expiration_date":"9999-12-31","service_code":["11"],"billing_class":"professional"}]}
               """))}}]}
            """);
        var json = $$"""
            {"reporting_entity_name":"Distributed Test","reporting_entity_type":"health insurance issuer","version":"2.0.0","last_updated_on":"2026-09-15",
             "in_network":[{{string.Join(",", items)}}]}
            """;
        var path = Path.Combine(_directory.Path, name);
        await File.WriteAllTextAsync(path, json, new UTF8Encoding(false));
        return path;
    }

    private static async Task<CliProcess> RunAsync(params string[] args)
    {
        var run = await CliProcess.RunAsync(args);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)} exited {run.ExitCode}: {run.Error}");
        return run;
    }

    // Every served distribution as one line, by names (ids differ between databases), screening counts included.
    private static async Task<List<string>> DistributionsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COALESCE(p."Name", 'BUCA'), c."Value", d.*
            FROM "RateDistributions" d LEFT JOIN "Payers" p ON p."Id" = d."PayerId" JOIN "Codes" c ON c."Id" = d."CodeId"
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var skipped = new HashSet<string> { "Id", "PayerId", "CodeId" };
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Where(i => !skipped.Contains(reader.GetName(i)))
                .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
            lines.Add(string.Join('|', fields));
        }

        return [.. lines.Order(StringComparer.Ordinal)];
    }

    private static async Task<long> ScalarAsync(string database, string sql) => Convert.ToInt64(await QueryAsync(database, sql));

    // Aetna's professional, unmodified distribution of the code: count|P25|median|P75|mean, as SQLite prints its REALs.
    private static async Task<string> StatisticsAsync(string database, string code, bool screened) => (string)(await QueryAsync(database, $"""
        SELECT d."Count" || '|' || d."P25" || '|' || d."Median" || '|' || d."P75" || '|' || d."Mean"
        FROM "RateDistributions" d JOIN "Payers" p ON p."Id" = d."PayerId" JOIN "Codes" c ON c."Id" = d."CodeId"
        WHERE p."Name" = 'Aetna' AND c."Value" = '{code}' AND d."BillingClass" = 'Professional' AND d."ModifierKey" = ''
          AND d."Screened" = {(screened ? 1 : 0)}
        """))!;

    private static async Task<object?> QueryAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => _directory.Dispose();
}
