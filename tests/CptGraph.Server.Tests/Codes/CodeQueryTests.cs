using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace CptGraph.Server.Tests.Codes;

/// <summary>The code page on SQLite; not sealed: <see cref="CodeQueryPostgresTests"/> runs the same tests on PostgreSQL.</summary>
public class CodeQueryTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    public const string FullPageQuery = """
        {
          code(code: "96375") {
            code codeType description title headline summary significance overview
            serviceType siteOfService serviceLine clinicalContext usageNotes scopeNote contentSource
            missingMetadata
            modifiers { modifier { code name } usage source }
            taxonomies { code specialty }
            diagnoses { diagnosis { code description } relevance source }
            relatedCodes { code { code description } relationship source }
            medicareFees { year modifier status workRvu nonFacilityPeRvu facilityPeRvu malpracticeRvu conversionFactor globalDays nonFacilityNationalAmount facilityNationalAmount }
            rates(billingClass: PROFESSIONAL) {
              payer { name kind isBuca }
              billingClass modifiers count min p10 p25 median p75 p90 max mean spread percentOfMedicare isDemo
            }
            benchmark(billingClass: PROFESSIONAL) {
              medicare { mean p25 p75 spread count }
              commercialAggregate { mean count }
              gap gapPercent
              widestSpread { payer { name } spread }
              tightestSpread { payer { name } spread }
              summary
            }
          }
        }
        """;

    [Fact]
    public async Task Code96375_FullPage_MatchesSnapshot()
    {
        // Act
        using var response = await server.QueryAsync(FullPageQuery);

        // Assert
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        JToken.Parse(response.RootElement.GetRawText()).MatchSnapshot();
    }

    [Fact]
    public async Task Code96375_Content_IsThePagesReferenceContent()
    {
        using var response = await server.QueryAsync(FullPageQuery);
        var code = response.RootElement.GetProperty("data").GetProperty("code");

        Assert.Equal("Therapeutic, prophylactic, or diagnostic injection or infusion.", code.GetProperty("serviceType").GetString());
        Assert.Equal(JsonValueKind.Null, code.GetProperty("serviceLine").ValueKind);
        Assert.Equal(["serviceLine"], code.GetProperty("missingMetadata").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["59", "76"], code.GetProperty("modifiers").EnumerateArray().Select(m => m.GetProperty("modifier").GetProperty("code").GetString()));
        Assert.Equal(["207L00000X", "207R00000X", "207RI0011X"], code.GetProperty("taxonomies").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        Assert.Equal(["Z79.899", "R50.9", "R11.2", "R07.9", "I10"], code.GetProperty("diagnoses").EnumerateArray().Select(d => d.GetProperty("diagnosis").GetProperty("code").GetString()));
        Assert.Equal(["96376", "96366"], code.GetProperty("relatedCodes").EnumerateArray().Select(r => r.GetProperty("code").GetProperty("code").GetString()));
        Assert.StartsWith("cpt-96375.json@", code.GetProperty("contentSource").GetString());
    }

    [Fact]
    public async Task Code96375_Medicare_IsPricedFromThe2026FeeSchedule()
    {
        using var response = await server.QueryAsync(FullPageQuery);
        var code = response.RootElement.GetProperty("data").GetProperty("code");

        // National = (0.10 + 0.36 + 0.01) × 33.4009 = 15.698 → $15.70; the 109 locality payments (cents) average 16.2427.
        var fee = code.GetProperty("medicareFees")[0];
        Assert.Equal(15.70m, fee.GetProperty("nonFacilityNationalAmount").GetDecimal());
        Assert.Equal(33.4009m, fee.GetProperty("conversionFactor").GetDecimal());
        var medicare = code.GetProperty("benchmark").GetProperty("medicare");
        Assert.Equal(109, medicare.GetProperty("count").GetInt32());
        Assert.Equal(16.2427m, medicare.GetProperty("mean").GetDecimal());
        Assert.Equal(15.00m, medicare.GetProperty("p25").GetDecimal());
        Assert.Equal(16.86m, medicare.GetProperty("p75").GetDecimal());
        Assert.Equal(1.86m, medicare.GetProperty("spread").GetDecimal());
    }

    [Fact]
    public async Task Code96375_Benchmark_IsComputedFromTheRates()
    {
        using var response = await server.QueryAsync(FullPageQuery);
        var code = response.RootElement.GetProperty("data").GetProperty("code");
        var rates = code.GetProperty("rates").EnumerateArray().ToList();
        var benchmark = code.GetProperty("benchmark");

        var buca = rates.Where(r => r.GetProperty("payer").GetProperty("isBuca").GetBoolean()).ToList();
        Assert.Equal(["Aetna", "Blue Cross Blue Shield", "Cigna", "UnitedHealthcare", "Medicare"], rates.Select(r => r.GetProperty("payer").GetProperty("name").GetString()));
        var aggregate = benchmark.GetProperty("commercialAggregate");
        Assert.Equal(buca.Sum(r => r.GetProperty("count").GetInt32()), aggregate.GetProperty("count").GetInt32());
        var medicareMean = benchmark.GetProperty("medicare").GetProperty("mean").GetDecimal();
        var gap = aggregate.GetProperty("mean").GetDecimal() - medicareMean;
        Assert.Equal(gap, benchmark.GetProperty("gap").GetDecimal());
        Assert.Equal(Math.Round(gap / medicareMean * 100, 4, MidpointRounding.AwayFromZero), benchmark.GetProperty("gapPercent").GetDecimal());
        foreach (var rate in rates)
        {
            Assert.Equal(rate.GetProperty("p75").GetDecimal() - rate.GetProperty("p25").GetDecimal(), rate.GetProperty("spread").GetDecimal());
            Assert.Equal(Math.Round(rate.GetProperty("mean").GetDecimal() / medicareMean * 100, 4, MidpointRounding.AwayFromZero), rate.GetProperty("percentOfMedicare").GetDecimal());
        }

        var widest = rates.MaxBy(r => r.GetProperty("spread").GetDecimal());
        Assert.Equal(widest.GetProperty("payer").GetProperty("name").GetString(), benchmark.GetProperty("widestSpread").GetProperty("payer").GetProperty("name").GetString());
        Assert.Contains($"${Math.Round(medicareMean, 2):0.00}", benchmark.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Code_Unknown_IsNull()
    {
        using var response = await server.QueryAsync("""{ code(code: "00000") { code } }""");

        Assert.Equal(JsonValueKind.Null, response.RootElement.GetProperty("data").GetProperty("code").ValueKind);
    }

    [Fact]
    public async Task Rates_WithModifierArgument_ServeTheModifierDistribution()
    {
        using var response = await server.QueryAsync("""{ code(code: "71046") { rates(modifiers: ["59"]) { payer { name } modifiers count } } }""");

        // The demo generator gives each BUCA payer one modifier-59 price, on the first code (71046).
        var rates = response.RootElement.GetProperty("data").GetProperty("code").GetProperty("rates").EnumerateArray().ToList();
        Assert.Equal(4, rates.Count);
        Assert.All(rates, r => Assert.Equal(["59"], r.GetProperty("modifiers").EnumerateArray().Select(m => m.GetString())));
        Assert.All(rates, r => Assert.Equal(1, r.GetProperty("count").GetInt32()));
    }
}
