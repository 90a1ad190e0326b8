using System.Globalization;
using System.Text.Json;
using CptGraph.Server.Tests.Cli;
using CptGraph.Server.Tests.Infrastructure;
using static CptGraph.Server.Tests.Providers.NppesFile;

namespace CptGraph.Server.Tests.Providers;

/// <summary>
/// rates(state:, taxonomy:) over HTTP, on an Aetna 2026-09 file for 99213 whose provider groups list these NPIs
/// (NPPES: state, primary taxonomy):
/// TIN 1 $100: 1000000001 (TX, 207R00000X), 1000000002 (OK, 207Q00000X); TIN 2 $120: 1000000003 (TX, 207Q00000X);
/// TIN 3 $140: 1000000004 (CA, 207R00000X); TIN 4 $160: 1000000005 and 1000000006 (both TX, 207R00000X);
/// TIN 5 $180: 1000000007 (not in NPPES); TIN 6 $200: no NPI.
/// </summary>
/// <remarks>Not sealed: <see cref="ProviderCutPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class ProviderCutTests : IDisposable
{
    private const string Aetna = "Aetna Life Insurance Company";
    private const string Cigna = "Cigna Health and Life Insurance Company";

    // The bench's f-state-cut-page: every payer's cut rates and the cut benchmark.
    private const string StateCutPage = """
        {
          code(code: "99213") {
            rates(state: "TX") { payer { name } count distinctTins lowSample min p25 median p75 max mean }
            benchmark(state: "TX") { gap summary commercialAggregate { count distinctTins median mean } medicare { count mean } }
          }
        }
        """;

    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task StateAndTaxonomyCuts_CountEachObservationOnceWhenOneOfItsNpisMatches()
    {
        // Arrange
        var database = await CutDatabaseAsync("cuts", medicare: false, [Aetna]);

        // Act
        await using var server = new CptGraphServerFactory(database);
        using var response = await server.QueryAsync("""
            {
              code(code: "99213") {
                all: rates { ...stats }
                texas: rates(state: "TX") { ...stats }
                internists: rates(taxonomy: "207R00000X") { ...stats }
                texasInternists: rates(state: "tx", taxonomy: "207R00000X") { ...stats }
                california: rates(state: "CA") { ...stats }
                newYork: rates(state: "NY") { ...stats }
              }
            }
            fragment stats on RateDistribution { payer { name } count min p25 median p75 max mean }
            """);

        // Assert (type-7 quantiles by hand)
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var code = response.RootElement.GetProperty("data").GetProperty("code");
        Assert.Equal("6 100 125 150 175 200 150", Stats(code, "all"));
        // TX: TINs 1, 2 and 4 (TIN 4's two Texan NPIs count once): 100, 120, 160.
        Assert.Equal("3 100 110 120 140 160 126.6667", Stats(code, "texas"));
        // 207R00000X primary: TIN 1 (1000000001), 3 (1000000004: its switch, not its first code) and 4; 1000000002 lists it as secondary.
        Assert.Equal("3 100 120 140 150 160 133.3333", Stats(code, "internists"));
        // Both on the same NPI: TIN 1 (1000000001) and TIN 4; not TIN 2 (TX but 207Q) nor TIN 3 (207R but CA).
        Assert.Equal("2 100 115 130 145 160 130", Stats(code, "texasInternists"));
        // NPPES wrote "ca": states are compared upper-cased.
        Assert.Equal("1 140 140 140 140 140 140", Stats(code, "california"));
        Assert.Empty(code.GetProperty("newYork").EnumerateArray());
    }

    [Fact]
    public async Task Providers_ListPricedTinsNamedOrganisationFirst_WithTaxonomyStateAndEachPayersRate()
    {
        // Arrange: the same Aetna file and NPPES rows as above.
        var database = await CutDatabaseAsync("providers", medicare: false, [Aetna]);

        // Act
        await using var server = new CptGraphServerFactory(database);
        using var response = await server.QueryAsync("""
            { code(code: "99213") { providers(first: 5) { tin tinType name npi taxonomy state rates { payer { name } amount } } } }
            """);

        // Assert: TIN 1 names its organisation NPI (1000000001) although an individual is listed with it; TIN 4 its lowest
        // individual NPI; TIN 5's NPI is not in NPPES. first: 5 leaves TIN 6 out.
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var providers = response.RootElement.GetProperty("data").GetProperty("code").GetProperty("providers").EnumerateArray()
            .Select(p => $"{p.GetProperty("tin").GetString()} {p.GetProperty("tinType").GetString()} {p.GetProperty("name")} {p.GetProperty("npi")} " +
                $"{p.GetProperty("taxonomy")} {p.GetProperty("state")} " +
                string.Join(",", p.GetProperty("rates").EnumerateArray().Select(r => $"{r.GetProperty("payer").GetProperty("name").GetString()}={r.GetProperty("amount").GetDecimal()}")))
            .ToList();
        Assert.Equal(
        [
            "11-0000001 ein Lone Star Internal Medicine PA 1000000001 207R00000X TX Aetna=100",
            "11-0000002 ein Ben Cole 1000000003 207Q00000X TX Aetna=120",
            "11-0000003 ein Cai Wu 1000000004 207R00000X CA Aetna=140",
            "11-0000004 ein Dee Hart 1000000005 207R00000X TX Aetna=160",
            "11-0000005 ein     Aetna=180",
        ], providers);
    }

    [Fact]
    public async Task BenchmarkCut_CutsThePayersAndTheAggregate_KeepsMedicareNational()
    {
        // Arrange: Aetna as above and Cigna with the same provider groups at $10 more (110 … 210); Medicare 99213.
        var database = await CutDatabaseAsync("benchmark", medicare: true, [Aetna, Cigna]);

        // Act
        await using var server = new CptGraphServerFactory(database);
        using var response = await server.QueryAsync("""
            {
              code(code: "99213") {
                all: benchmark { ...benchmark }
                texas: benchmark(state: "TX") { ...benchmark }
                texasRates: rates(state: "TX") { payer { name } count distinctTins lowSample mean }
              }
            }
            fragment benchmark on Benchmark {
              commercialAggregate { count distinctTins lowSample p25 median p75 mean }
              medicare { count mean }
              payers { payer { name } count mean }
              gap summary
            }
            """);

        // Assert
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var code = response.RootElement.GetProperty("data").GetProperty("code");
        var (all, texas) = (code.GetProperty("all"), code.GetProperty("texas"));
        // Uncut: 12 observations, (900 + 960) / 12 = 155, from 6 TINs. TX: TINs 1, 2 and 4 of each payer, {100, 110, 120, 130, 160, 170},
        // the same 3 TINs at both payers: P25 = 110 + 0.25·10, median 125, P75 = 130 + 0.75·30, mean 790 / 6.
        Assert.Equal("12 6 False 155", Aggregate(all, "count", "distinctTins", "lowSample", "mean"));
        Assert.Equal("6 3 True 112.5 125 152.5 131.6667", Aggregate(texas, "count", "distinctTins", "lowSample", "p25", "median", "p75", "mean"));
        Assert.Equal(all.GetProperty("medicare").ToString(), texas.GetProperty("medicare").ToString());
        var medicareMean = texas.GetProperty("medicare").GetProperty("mean").GetDecimal();
        Assert.Equal(Math.Round(131.6667m - medicareMean, 4), texas.GetProperty("gap").GetDecimal());
        var payers = texas.GetProperty("payers").EnumerateArray()
            .Select(p => $"{p.GetProperty("payer").GetProperty("name").GetString()} {p.GetProperty("count").GetInt32()} {p.GetProperty("mean").GetDecimal().ToString(CultureInfo.InvariantCulture)}")
            .Where(p => !p.StartsWith("Medicare", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Aetna 3 126.6667", "Cigna 3 136.6667"], payers);
        Assert.Contains("but the sample is thin (the commercial aggregate has 6 observations from 3 TINs)", texas.GetProperty("summary").GetString());
        Assert.DoesNotContain("is thin", all.GetProperty("summary").GetString());

        // rates(state:) is the same cut: each payer's 3 TX observations from 3 TINs, thin by count.
        Assert.Equal(["Aetna 3 3 True 126.6667", "Cigna 3 3 True 136.6667"], code.GetProperty("texasRates").EnumerateArray()
            .Where(r => r.GetProperty("payer").GetProperty("name").GetString() != "Medicare")
            .Select(r => $"{r.GetProperty("payer").GetProperty("name").GetString()} {r.GetProperty("count").GetInt32()} {r.GetProperty("distinctTins").GetInt32()} " +
                $"{r.GetProperty("lowSample").GetBoolean()} {r.GetProperty("mean").GetDecimal().ToString(CultureInfo.InvariantCulture)}").ToList());
    }

    [Fact]
    public async Task StateCutPage_RunsTheSameFewStatementsForOnePayerAsForFour_AndForOneCodeAsForTwo()
    {
        // Arrange: Aetna alone for 99213; Aetna, Cigna, Blue Cross and UnitedHealthcare (each $10 above the one before) for
        // 99213 and 99214 (the same provider groups and amounts).
        await using var onePayer = new CptGraphServerFactory(await CutDatabaseAsync("one", medicare: true, [Aetna]));
        await using var fourPayers = new CptGraphServerFactory(await CutDatabaseAsync("four", medicare: true,
            [Aetna, Cigna, "Florida Blue", "UnitedHealthcare Insurance Company"], "99213", "99214"));

        // Act
        var (one, oneStatements) = await StatementsAsync(onePayer, StateCutPage);
        var (four, fourStatements) = await StatementsAsync(fourPayers, StateCutPage);
        var (_, oneCodeStatements) = await StatementsAsync(fourPayers, CodesCutPage("99213"));
        var (twoCodes, twoCodesStatements) = await StatementsAsync(fourPayers, CodesCutPage("99213", "99214"));

        // Assert: the same statements whatever the number of payers and codes: the code(s), their distributions, the
        // aggregates' months, then the cut's counts and its amounts (ProviderCutQuery).
        Assert.Equal(["Aetna 3 126.6667", "Medicare 109 97.7754"], Rates(one.GetProperty("code")));
        string[] fourRates = ["Aetna 3 126.6667", "Blue Cross Blue Shield 3 146.6667", "Cigna 3 136.6667", "UnitedHealthcare 3 156.6667", "Medicare 109 97.7754"];
        Assert.Equal(fourRates, Rates(four.GetProperty("code")));
        var codes = twoCodes.GetProperty("codes").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["99213", "99214"], codes.Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(fourRates, Rates(codes[0]));
        Assert.Equal(fourRates[..^1], Rates(codes[1]));
        // Both codes' aggregates: the 12 TX observations of the four payers, (100 + 120 + 160) · 4 + 3 · 60 over 12 = 141.6667.
        Assert.All(codes, c => Assert.Equal("12 141.6667", $"{c.GetProperty("benchmark").GetProperty("commercialAggregate").GetProperty("count").GetInt32()} " +
            c.GetProperty("benchmark").GetProperty("commercialAggregate").GetProperty("mean").GetDecimal().ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(5, oneStatements.Count);
        Assert.Equal(5, fourStatements.Count);
        Assert.Equal(2, fourStatements.Count(c => c.Contains("\"NppesProviders\"", StringComparison.Ordinal)));
        Assert.Equal(oneCodeStatements.Count, twoCodesStatements.Count);
    }

    public void Dispose()
    {
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new database of the suite's store, named <paramref name="name"/> where the store names files.</summary>
    protected virtual TestDatabase NewDatabase(string name) => TestDatabase.SqliteFile(Path.Combine(_directory.Path, $"{name}.db"));

    // The payer catalog, one TiC file per entity (the second $10 above the first, and so on) pricing the codes (99213 when
    // none is given), optionally Medicare 99213,
    // and the NPPES rows, through the real CLI.
    private async Task<TestDatabase> CutDatabaseAsync(string name, bool medicare, string[] entities, params string[] codes)
    {
        var database = NewDatabase(name);
        await RunAsync(database, "import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"));
        for (var i = 0; i < entities.Length; i++)
        {
            await RunAsync(database, "ingest", "tic", _directory.Write($"{name}-{i}.json", TicJson(entities[i], 10m * i, codes is [] ? ["99213"] : codes)));
        }

        if (medicare)
        {
            var seed = Path.Combine(CptGraphServerExtensions.SeedDirectory, "medicare");
            await RunAsync(database, "ingest", "medicare", "--rvu", Path.Combine(seed, "pprrvu_2026_subset.csv"), "--gpci", Path.Combine(seed, "gpci_2026.csv"),
                "--year", "2026", "--codes", "99213");
        }

        var imported = await RunAsync(database, "import", "nppes", await WriteNppesAsync());
        Assert.Contains("6 providers", imported.Output);
        return database;
    }

    private static async Task<CliRun> RunAsync(TestDatabase database, params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, .. database.CliArguments]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    // A state-cut page's data and the SQL of a second request (the first warms the server's caches).
    private static async Task<(JsonElement Data, IReadOnlyList<string> Statements)> StatementsAsync(CptGraphServerFactory server, string query)
    {
        (await server.QueryAsync(query)).Dispose();
        server.Sql.Clear();
        using var response = await server.QueryAsync(query);
        var statements = server.Sql.Commands;
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return (response.RootElement.GetProperty("data").Clone(), statements);
    }

    // The f-state-cut-page's fields for a page of codes.
    private static string CodesCutPage(params string[] codes) => $$"""
        {
          codes(where: { code: { in: [{{string.Join(", ", codes.Select(c => $"\"{c}\""))}}] } }, order: [{ code: ASC }]) {
            nodes {
              code
              rates(state: "TX") { payer { name } count distinctTins lowSample min p25 median p75 max mean }
              benchmark(state: "TX") { gap summary commercialAggregate { count distinctTins median mean } medicare { count mean } }
            }
          }
        }
        """;

    // Each row as payer, count and mean.
    private static List<string> Rates(JsonElement code) => code.GetProperty("rates").EnumerateArray()
        .Select(r => $"{r.GetProperty("payer").GetProperty("name").GetString()} {r.GetProperty("count").GetInt32()} " +
            r.GetProperty("mean").GetDecimal().ToString(CultureInfo.InvariantCulture)).ToList();

    private static string Aggregate(JsonElement benchmark, params string[] fields)
    {
        var aggregate = benchmark.GetProperty("commercialAggregate");
        return string.Join(' ', fields.Select(f => aggregate.GetProperty(f) is var v && v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean().ToString() : v.GetDecimal().ToString(CultureInfo.InvariantCulture)));
    }

    private Task<string> WriteNppesAsync() => WriteAsync(Path.Combine(_directory.Path, "npidata_pfile_20260101-20261130.csv"),
    [
        Organisation("1000000001", "Lone Star Internal Medicine PA", "TX", "787010000", ("207R00000X", true)),
        Individual("1000000002", "Ana", "Ruiz", "OK", "73102", ("207Q00000X", true), ("207R00000X", false)),
        Individual("1000000003", "Ben", "Cole", "TX", "75201", ("207Q00000X", false)),
        Individual("1000000004", "Cai", "Wu", "ca", "94110", ("208D00000X", false), ("207R00000X", true)),
        Individual("1000000005", "Dee", "Hart", "TX", "77002", ("207R00000X", true)),
        Individual("1000000006", "Eli", "Stone", "TX", "77003", ("207R00000X", true)),
    ]);

    private static string Stats(JsonElement code, string alias)
    {
        var row = Assert.Single(code.GetProperty(alias).EnumerateArray());
        Assert.Equal("Aetna", row.GetProperty("payer").GetProperty("name").GetString());
        return string.Join(' ', new[] { "count", "min", "p25", "median", "p75", "max", "mean" }
            .Select(f => row.GetProperty(f).GetDecimal().ToString(CultureInfo.InvariantCulture)));
    }

    private static string TicJson(string entity, decimal raise, string[] codes)
    {
        (int Tin, decimal Rate, long[] Npis)[] groups =
        [
            (1, 100m, [1000000001, 1000000002]), (2, 120m, [1000000003]), (3, 140m, [1000000004]),
            (4, 160m, [1000000005, 1000000006]), (5, 180m, [1000000007]), (6, 200m, []),
        ];
        return JsonSerializer.Serialize(new
        {
            reporting_entity_name = entity,
            reporting_entity_type = "health insurance issuer",
            version = "2.0.0",
            last_updated_on = "2026-09-01",
            in_network = codes.Select(code => new
            {
                negotiation_arrangement = "ffs", name = "office visit", billing_code_type = "CPT", billing_code_type_version = "2026",
                billing_code = code, description = "office visit",
                negotiated_rates = groups.Select(g => new
                {
                    provider_groups = new[] { new { npi = g.Npis, tin = new { type = "ein", value = $"11-000000{g.Tin}" } } },
                    negotiated_prices = new[] { new { negotiated_type = "negotiated", negotiated_rate = g.Rate + raise, expiration_date = "9999-12-31", service_code = new[] { "11" }, billing_class = "professional" } },
                }),
            }),
        });
    }
}
