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
    public async Task ExportParquet_CmsExample_CarriesEachProviderGroupsNpisAndTheServiceCodes()
    {
        // Arrange: the CMS v2.2.0 example prices through provider_references 1 (12-3456789 with three NPIs,
        // 23-4567890 with one) and 2 (34-5678901 with two); institutional prices list no service_code.
        var example = Path.Combine(CptGraph.Tests.RepositoryPaths.TicExamples, "v2.2.0", "in-network-rates", "in-network-rates-all-negotiated-types-sample.json");
        Assert.Equal(0, (await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", example, "--payer", "Aetna", "--db", _directory.Database)).ExitCode);
        var exported = Path.Combine(_directory.Path, "observations");

        // Act
        var run = await CliRun.RunAsync("export", "observations", "--format", "parquet", "--out", exported, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var rows = await ReadAsync(Path.Combine(exported, "payer=Aetna", "vintage=2024-01", "part-00000.parquet"));
        string[] first = ["1234567890", "2345678901", "3456789012"], second = ["4567890123"], third = ["5678901234", "6789012345"];
        var expected = new (string Code, string Class, string Tin, decimal Amount, string Type, string[] Npis, string[] ServiceCodes)[]
        {
            ("27447", "institutional", "tin:ein:12-3456789", 12000m, "negotiated", first, []),
            ("27447", "institutional", "tin:ein:23-4567890", 12000m, "negotiated", second, []),
            ("27447", "institutional", "tin:ein:34-5678901", 12000m, "negotiated", third, []),
            ("27447", "professional", "tin:ein:12-3456789", 8500m, "fee schedule", first, ["21", "22"]),
            ("27447", "professional", "tin:ein:23-4567890", 8500m, "fee schedule", second, ["21", "22"]),
            ("27447", "professional", "tin:ein:34-5678901", 8500m, "fee schedule", third, ["21", "22"]),
            ("80053", "professional", "tin:ein:12-3456789", 45m, "derived", first, ["11", "81"]),
            ("80053", "professional", "tin:ein:23-4567890", 45m, "derived", second, ["11", "81"]),
            ("99214", "professional", "tin:ein:12-3456789", 150m, "negotiated", first, ["11"]),
            ("99214", "professional", "tin:ein:23-4567890", 150m, "negotiated", second, ["11"]),
            ("99285", "institutional", "tin:ein:34-5678901", 2500m, "negotiated", third, []),
        };
        var actual = rows.OrderBy(r => r.BillingCode, StringComparer.Ordinal).ThenBy(r => r.BillingClass, StringComparer.Ordinal)
            .ThenBy(r => r.ProviderKey, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (code, billingClass, tin, amount, type, npis, serviceCodes) = expected[i];
            Assert.Equal((code, billingClass, tin, amount, type), (actual[i].BillingCode, actual[i].BillingClass, actual[i].ProviderKey, actual[i].Amount, actual[i].NegotiatedType));
            Assert.Equal(npis, actual[i].Npis);
            Assert.Equal(serviceCodes, actual[i].ServiceCodes);
        }
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
            var npis = await ParquetStringLists.ReadAsync(group, ObservationParquetColumns.Npi, CancellationToken.None);
            var serviceCodes = await ParquetStringLists.ReadAsync(group, ObservationParquetColumns.ServiceCode, CancellationToken.None);
            for (var row = 0; row < count; row++)
            {
                rows.Add(new ExportedObservation(codes[row], types[row], classes[row], modifiers[row], providers[row], amounts[row],
                    negotiated[row], flags[row], runs[row], npis[row], serviceCodes[row]));
            }
        }

        return rows;
    }

    public void Dispose() => _directory.Dispose();
}
