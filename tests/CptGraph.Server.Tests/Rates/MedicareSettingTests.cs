using System.Globalization;
using System.Text.Json;
using CptGraph.Server.Tests.Positions;

namespace CptGraph.Server.Tests.Rates;

/// <summary>
/// <c>setting: NON_FACILITY | FACILITY</c> through HTTP on <see cref="AnalystDatabase"/> (Medicare 2026 for 96375 and 99213 from
/// the seed PPRRVU and GPCI files; Aetna 99213 80 and 120, so the aggregate mean is 100). 99213's RVUs in the file: work 1.30,
/// non-facility PE 1.46, facility PE 0.33, MP 0.09, CF 33.4009; 96375's facility NA indicator is set.
/// </summary>
public sealed class MedicareSettingTests(AnalystDatabase database) : IClassFixture<AnalystDatabase>
{
    private const string Stats = "payer { name } count min median max mean";

    [Fact]
    public async Task Medicare99213_FacilityAndNonFacility_AreThePprrvuArithmetic()
    {
        var data = await QueryAsync($$"""
            { code(code: "99213") {
                asStored: rates { {{Stats}} }
                office: rates(setting: NON_FACILITY) { {{Stats}} }
                facility: rates(setting: FACILITY) { {{Stats}} percentOfMedicare } } }
            """);

        // Arkansas (GPCIs 1.000, 0.859, 0.515): (1.30 + 1.46 × 0.859 + 0.09 × 0.515) × 33.4009 = 86.8587 → 86.86; facility
        // (1.30 + 0.33 × 0.859 + 0.09 × 0.515) × 33.4009 = 54.4375 → 54.44. San Jose (San Benito; 1.110, 1.442, 0.536) is the
        // office maximum, 3.59656 × 33.4009 → 120.13; Alaska (1.500, 1.065, 0.551) the facility one, 2.35104 × 33.4009 → 78.53.
        // The 55th of 109: Atlanta's office 2.89535 × 33.4009 → 96.71, Hanford-Corcoran's facility 1.73202 × 33.4009 → 57.85.
        var office = Medicare(data.GetProperty("office"));
        var facility = Medicare(data.GetProperty("facility"));
        Assert.Equal((109, 86.86m, 96.71m, 120.13m), Summary(office));
        Assert.Equal((109, 54.44m, 57.85m, 78.53m), Summary(facility));
        Assert.Equal(Summary(office), Summary(Medicare(data.GetProperty("asStored"))));

        // Every locality, priced here from the GPCI file: the means agree too.
        Assert.Equal(LocalityMean(peRvu: 1.46m), office.GetProperty("mean").GetDecimal());
        Assert.Equal(LocalityMean(peRvu: 0.33m), facility.GetProperty("mean").GetDecimal());
        Assert.Equal(58.3856m, facility.GetProperty("mean").GetDecimal());

        // Aetna's mean 100 against the facility mean: 100 / 58.3856 × 100.
        var aetna = data.GetProperty("facility").EnumerateArray().Single(r => r.GetProperty("payer").GetProperty("name").GetString() == "Aetna");
        Assert.Equal(171.2751m, aetna.GetProperty("percentOfMedicare").GetDecimal());
    }

    [Fact]
    public async Task Benchmark99213_GapFollowsTheSetting()
    {
        var data = await QueryAsync("""
            { code(code: "99213") {
                office: benchmark { setting medicareNotApplicable gap gapPercent medicare { mean } commercialAggregate { mean } }
                facility: benchmark(setting: FACILITY) { setting medicareNotApplicable gap gapPercent medicare { mean } commercialAggregate { mean } } } }
            """);

        // 100 − 97.7754 and 100 − 58.3856; 41.6144 / 58.3856 × 100.
        var office = data.GetProperty("office");
        var facility = data.GetProperty("facility");
        Assert.Equal(("NON_FACILITY", false, 2.2246m), (office.GetProperty("setting").GetString(), office.GetProperty("medicareNotApplicable").GetBoolean(), office.GetProperty("gap").GetDecimal()));
        Assert.Equal(("FACILITY", false, 41.6144m, 71.2751m), (facility.GetProperty("setting").GetString(), facility.GetProperty("medicareNotApplicable").GetBoolean(),
            facility.GetProperty("gap").GetDecimal(), facility.GetProperty("gapPercent").GetDecimal()));
        Assert.Equal(100m, facility.GetProperty("commercialAggregate").GetProperty("mean").GetDecimal());
    }

    [Fact]
    public async Task Medicare96375_InAFacility_IsNotApplicable_NotANumber()
    {
        var data = await QueryAsync("""
            { code(code: "96375") {
                benchmark(setting: FACILITY) { medicareNotApplicable medicare { mean } gap gapPercent summary }
                office: benchmark { medicareNotApplicable medicare { count mean } }
                rates(setting: FACILITY) { payer { name } percentOfMedicare }
                position(amount: 25, setting: FACILITY) { medicareNotApplicable percentOfMedicare medicare { count } payers { payer { name } } } } }
            """);

        var benchmark = data.GetProperty("benchmark");
        Assert.True(benchmark.GetProperty("medicareNotApplicable").GetBoolean());
        Assert.All(new[] { "medicare", "gap", "gapPercent" }, f => Assert.Equal(JsonValueKind.Null, benchmark.GetProperty(f).ValueKind));
        Assert.StartsWith("Medicare does not pay CPT 96375 in the facility setting", benchmark.GetProperty("summary").GetString());

        // The office amounts are still there: 109 localities, mean 16.2427.
        var office = data.GetProperty("office");
        Assert.False(office.GetProperty("medicareNotApplicable").GetBoolean());
        Assert.Equal((109, 16.2427m), (office.GetProperty("medicare").GetProperty("count").GetInt32(), office.GetProperty("medicare").GetProperty("mean").GetDecimal()));

        var rates = data.GetProperty("rates").EnumerateArray().ToList();
        Assert.Equal(["Aetna", "Cigna"], rates.Select(r => r.GetProperty("payer").GetProperty("name").GetString()!.Split(' ')[0]));
        Assert.All(rates, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("percentOfMedicare").ValueKind));

        var position = data.GetProperty("position");
        Assert.True(position.GetProperty("medicareNotApplicable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, position.GetProperty("medicare").ValueKind);
        Assert.Equal(JsonValueKind.Null, position.GetProperty("percentOfMedicare").ValueKind);
        Assert.Equal(2, position.GetProperty("payers").GetArrayLength());
    }

    [Fact]
    public async Task Position_InAFacility_RanksAmongTheFacilityAmounts()
    {
        var data = await QueryAsync("""
            { code(code: "99213") { position(amount: 57.85, setting: FACILITY) { percentOfMedicare medicare { below equal count percentileRank } } } }
            """);

        // 52 localities pay less than 57.85 in a facility and 11 exactly that: (52 + 5.5) / 109 × 100; 57.85 / 58.3856 × 100.
        var position = data.GetProperty("position");
        var medicare = position.GetProperty("medicare");
        Assert.Equal((52, 11, 109, 52.7523m), (medicare.GetProperty("below").GetInt64(), medicare.GetProperty("equal").GetInt64(),
            medicare.GetProperty("count").GetInt64(), medicare.GetProperty("percentileRank").GetDecimal()));
        Assert.Equal(99.0827m, position.GetProperty("percentOfMedicare").GetDecimal());
    }

    [Fact]
    public async Task WhereAndOrder_InAFacility_SeeTheFacilityFigures()
    {
        var data = await QueryAsync("""
            { code(code: "99213") {
                facility: rates(setting: FACILITY, where: { median: { lt: 60 } }) { payer { name } median }
                office: rates(where: { median: { lt: 60 } }) { payer { name } }
                ordered: rates(setting: FACILITY, order: [{ mean: DESC }]) { payer { name } } } }
            """);

        // Facility median 57.85 passes; the office median 96.71 and Aetna's 100 do not.
        var facility = Assert.Single(data.GetProperty("facility").EnumerateArray());
        Assert.Equal(57.85m, facility.GetProperty("median").GetDecimal());
        Assert.Equal(0, data.GetProperty("office").GetArrayLength());
        Assert.Equal(["Aetna", "Medicare"], data.GetProperty("ordered").EnumerateArray().Select(r => r.GetProperty("payer").GetProperty("name").GetString()!.Split(' ')[0]));
    }

    [Fact]
    public async Task Localities_ByState_AreThatStatesLocalities()
    {
        var data = await QueryAsync("""
            { code(code: "99213") { medicareFees {
                ca: localities(state: "CA") { locality state nonFacilityAmount facilityAmount }
                lower: localities(state: "ca") { locality }
                both: localities(state: "CA", locality: "01112-65") { locality nonFacilityAmount facilityAmount }
                byLocality: localities(locality: "01112-05") { locality } } } }
            """);

        var fee = data.GetProperty("medicareFees")[0];
        var ca = fee.GetProperty("ca").EnumerateArray().ToList();
        Assert.Equal(29, ca.Count);
        Assert.All(ca, l => Assert.Equal("CA", l.GetProperty("state").GetString()));
        Assert.Equal(29, fee.GetProperty("lower").GetArrayLength());
        // San Jose (San Benito): office 120.13 as above; facility (1.443 + 0.33 × 1.442 + 0.09 × 0.536) × 33.4009 = 65.7010 → 65.70.
        var sanJose = Assert.Single(fee.GetProperty("both").EnumerateArray());
        Assert.Equal(("01112-65", 120.13m, 65.70m), (sanJose.GetProperty("locality").GetString(), sanJose.GetProperty("nonFacilityAmount").GetDecimal(),
            sanJose.GetProperty("facilityAmount").GetDecimal()));
        Assert.Equal("01112-05", Assert.Single(fee.GetProperty("byLocality").EnumerateArray()).GetProperty("locality").GetString());
    }

    [Fact]
    public async Task AStateThatIsNotTwoLetters_IsACodedError()
    {
        using var response = await database.Server.QueryAsync("""{ code(code: "99213") { medicareFees { localities(state: "Cal") { locality } } } }""");

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_STATE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task BenchmarkCsv_InAFacility_HasTheFacilityMedicareRow()
    {
        using var client = database.Server.CreateClient();
        using var response = await client.GetAsync("/export/codes/99213/benchmark.csv?setting=facility");
        var lines = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var header = lines[0].Split(',').ToList();
        var medicare = lines.Single(l => l.Split(',')[1].StartsWith("Medicare", StringComparison.Ordinal)).Split(',');
        var aetna = lines.Single(l => l.Split(',')[1] == "Aetna").Split(',');
        Assert.Equal(("109", "57.85", "58.3856"), (medicare[header.IndexOf("count")], medicare[header.IndexOf("median")], medicare[header.IndexOf("mean")]));
        Assert.Equal("171.2751", aetna[header.IndexOf("percentOfMedicare")]);
    }

    private async Task<JsonElement> QueryAsync(string query)
    {
        using var response = await database.Server.QueryAsync(query);
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("code").Clone();
    }

    private static JsonElement Medicare(JsonElement rates) =>
        rates.EnumerateArray().Single(r => r.GetProperty("payer").GetProperty("name").GetString()!.StartsWith("Medicare", StringComparison.Ordinal));

    private static (int, decimal, decimal, decimal) Summary(JsonElement rate) => (rate.GetProperty("count").GetInt32(),
        rate.GetProperty("min").GetDecimal(), rate.GetProperty("median").GetDecimal(), rate.GetProperty("max").GetDecimal());

    // 99213 in every locality of the seed GPCI file, (work × work GPCI + PE × PE GPCI + MP × MP GPCI) × CF rounded to cents, then
    // the mean to 4 places: written out here rather than through MedicarePricing, so the served numbers are checked, not echoed.
    private static decimal LocalityMean(decimal peRvu)
    {
        var lines = File.ReadAllLines(Path.Combine(CptGraphServerExtensions.SeedDirectory, "medicare", "gpci_2026.csv")).Skip(1).Where(l => l.Length > 0);
        var amounts = lines.Select(line => line.Split(','))
            .Select(c => (Work: Parse(c[^3]), Pe: Parse(c[^2]), Mp: Parse(c[^1])))
            .Select(g => Math.Round((1.30m * g.Work + peRvu * g.Pe + 0.09m * g.Mp) * 33.4009m, 2, MidpointRounding.AwayFromZero))
            .ToList();
        Assert.Equal(109, amounts.Count);
        return Math.Round(amounts.Sum() / amounts.Count, 4, MidpointRounding.AwayFromZero);
    }

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
