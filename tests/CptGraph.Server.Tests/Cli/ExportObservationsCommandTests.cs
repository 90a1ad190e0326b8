using CptGraph.Ingestion.Export;
using CptGraph.Server.Tests.Infrastructure;
using Parquet;

namespace CptGraph.Server.Tests.Cli;

public sealed class ExportObservationsCommandTests : IDisposable
{
    private readonly CliTestDirectory _directory = new();

    private static string PayerCatalog => Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");

    [Fact]
    public async Task ExportParquet_HivePartitionsReadBackWithEveryObservation()
    {
        // Arrange: Aetna 2026-09 (2 groups × 3 prices × 2 TINs = 12) and Blue Cross Blue Shield 2026-10 (1 × 2 × 3 = 6).
        var aetna = Path.Combine(_directory.Path, "aetna.json");
        var bcbs = Path.Combine(_directory.Path, "bcbs.json");
        await new OneCodeTicFile("99213", 2, 3, 2).WriteAsync(aetna);
        await new OneCodeTicFile("99214", 1, 2, 3, "2026-10-15").WriteAsync(bcbs);
        Assert.Equal(0, (await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", aetna, "--payer", "Aetna", "--db", _directory.Database)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", bcbs, "--payer", "Blue Cross Blue Shield", "--db", _directory.Database)).ExitCode);
        var exported = Path.Combine(_directory.Path, "observations");

        // Act
        var run = await CliRun.RunAsync("export", "observations", "--format", "parquet", "--out", exported, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exported 18 observations", run.Output);
        var aetnaRows = await ReadAsync(Path.Combine(exported, "payer=Aetna", "vintage=2026-09", "part-00000.parquet"));
        var bcbsRows = await ReadAsync(Path.Combine(exported, "payer=Blue%20Cross%20Blue%20Shield", "vintage=2026-10", "part-00000.parquet"));
        Assert.Equal(12, aetnaRows.Count);
        Assert.Equal(6, bcbsRows.Count);

        // Group g prices r = 3g … 3g + 2 for each of its TINs 100000 + 2g + t; Amount(r) = $20 + (r + ⌊r²/10⁵⌋) ¢.
        var expected = from g in Enumerable.Range(0, 2)
                       from t in Enumerable.Range(0, 2)
                       from p in Enumerable.Range(0, 3)
                       select ($"tin:ein:{100_000 + 2 * g + t:D9}", OneCodeTicFile.Amount(3 * g + p));
        Assert.Equal(expected.Order(), aetnaRows.Select(r => (r.ProviderKey, r.Amount)).Order());
        Assert.Equal([20.00m, 20.00m, 20.00m, 20.01m, 20.01m, 20.01m], bcbsRows.Select(r => r.Amount).Order());
        Assert.All(aetnaRows, r => Assert.Equal(("99213", "CPT", "professional", "", "negotiated", 0), (r.BillingCode, r.BillingCodeType, r.BillingClass, r.Modifiers, r.NegotiatedType, r.ScreeningFlags)));
        Assert.All(bcbsRows, r => Assert.Equal("99214", r.BillingCode));
        Assert.Single(aetnaRows.Select(r => r.IngestRunId).Distinct());
        Assert.NotEqual(aetnaRows[0].IngestRunId, bcbsRows[0].IngestRunId);
    }

    [Fact]
    public async Task ExportParquet_ExistingFolder_IsRefused()
    {
        var exported = Directory.CreateDirectory(Path.Combine(_directory.Path, "taken")).FullName;

        var run = await CliRun.RunAsync("export", "observations", "--format", "parquet", "--out", exported, "--db", _directory.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{exported}: --out: already exists", run.Error);
    }

    private static async Task<List<ExportedObservation>> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var rows = new List<ExportedObservation>();
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            var count = (int)group.RowCount;
            async Task<string[]> Strings(Parquet.Schema.DataField field)
            {
                var values = new string?[count];
                await group.ReadAsync(field, values.AsMemory());
                return values.Select(v => v ?? throw new InvalidDataException($"{field.Name} is null in {path}")).ToArray();
            }

            var amounts = new decimal[count];
            await group.ReadAsync<decimal>(ObservationParquetColumns.Amount, amounts.AsMemory());
            var flags = new int[count];
            await group.ReadAsync<int>(ObservationParquetColumns.ScreeningFlags, flags.AsMemory());
            var runs = new int[count];
            await group.ReadAsync<int>(ObservationParquetColumns.IngestRunId, runs.AsMemory());
            var (codes, types, classes, modifiers, providers, negotiated) = (await Strings(ObservationParquetColumns.BillingCode),
                await Strings(ObservationParquetColumns.BillingCodeType), await Strings(ObservationParquetColumns.BillingClass),
                await Strings(ObservationParquetColumns.Modifiers), await Strings(ObservationParquetColumns.ProviderKey),
                await Strings(ObservationParquetColumns.NegotiatedType));
            for (var row = 0; row < count; row++)
            {
                rows.Add(new ExportedObservation(codes[row], types[row], classes[row], modifiers[row], providers[row], amounts[row],
                    negotiated[row], flags[row], runs[row]));
            }
        }

        return rows;
    }

    public void Dispose() => _directory.Dispose();
}
