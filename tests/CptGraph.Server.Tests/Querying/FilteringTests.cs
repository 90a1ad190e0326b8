using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Querying;

/// <remarks>Not sealed: <see cref="FilteringPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class FilteringTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    [Fact]
    public async Task Codes_WhereSomeRateOfAPayerSpreadsWide_IsTheIssueExample()
    {
        // Cigna's 96375 spread is 11.745 (README table): above 10, below 12.
        const string Query = """
            query($spread: Decimal!) {
              codes(where: { rates: { some: { payer: { name: { eq: "Cigna" } }, spread: { gt: $spread } } } }, first: 50) {
                nodes { code rates { payer { name } spread } }
              }
            }
            """;

        using var wide = await server.QueryAsync(Query, new { spread = 10 });
        using var wider = await server.QueryAsync(Query, new { spread = 12 });

        var codes = Nodes(wide, "codes");
        Assert.Contains(codes, c => c.GetProperty("code").GetString() == "96375");
        Assert.All(codes, c => Assert.Contains(c.GetProperty("rates").EnumerateArray(),
            r => r.GetProperty("payer").GetProperty("name").GetString() == "Cigna" && r.GetProperty("spread").GetDecimal() > 10));
        Assert.DoesNotContain(Nodes(wider, "codes"), c => c.GetProperty("code").GetString() == "96375");
    }

    [Fact]
    public async Task Codes_StringOperationsAndOr_Combine()
    {
        using var response = await server.QueryAsync("""
            { codes(where: { or: [ { code: { startsWith: "9637" } }, { code: { in: ["71046", "99215"] } } ], code: { endsWith: "5", nin: ["99285"] } }) { nodes { code } } }
            """);

        Assert.Equal(["96375", "99215"], Nodes(response, "codes").Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Payers_OrderByManyKeys_AppliesThemInTurn()
    {
        using var response = await server.QueryAsync("{ payers(order: [{ isBuca: ASC }, { name: DESC }]) { nodes { name isBuca } } }");

        Assert.Equal(["Medicare", "UnitedHealthcare", "Cigna", "Blue Cross Blue Shield", "Aetna"],
            Nodes(response, "payers").Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task NestedRates_FilteredAndOrdered_InSql()
    {
        using var response = await server.QueryAsync("""
            { code(code: "96375") { rates(where: { payer: { isBuca: { eq: true } } }, order: [{ spread: DESC }]) { payer { name } spread percentOfMedicare } } }
            """);

        var rates = response.RootElement.GetProperty("data").GetProperty("code").GetProperty("rates").EnumerateArray().ToList();
        Assert.Equal(["Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Aetna"], rates.Select(r => r.GetProperty("payer").GetProperty("name").GetString()));
        Assert.Equal(11.745m, rates[0].GetProperty("spread").GetDecimal());
        Assert.Equal(178.1188m, rates[0].GetProperty("percentOfMedicare").GetDecimal());
    }

    [Fact]
    public async Task ReverseEdges_FilterThroughNestedObjects()
    {
        using var response = await server.QueryAsync("""
            { diagnoses(where: { codes: { some: { code: { code: { eq: "96375" } } } }, code: { startsWith: "R" } }, order: [{ description: ASC }]) {
                nodes { code codes(where: { relevance: { contains: "" } }) { totalCount nodes { code { code } } } } } }
            """);

        var diagnoses = Nodes(response, "diagnoses");
        Assert.Equal(["R07.9", "R50.9", "R11.2"], diagnoses.Select(d => d.GetProperty("code").GetString()));
        Assert.All(diagnoses, d => Assert.Contains(d.GetProperty("codes").GetProperty("nodes").EnumerateArray(), l => l.GetProperty("code").GetProperty("code").GetString() == "96375"));
    }

    [Fact]
    public async Task ListFilter_AnyAndNone()
    {
        using var response = await server.QueryAsync("""
            { with: codes(where: { diagnoses: { any: true } }) { nodes { code } }
              without: codes(where: { diagnoses: { none: { relevance: { neq: "" } } } }, first: 1) { nodes { code } } }
            """);

        Assert.Equal(["96375"], Nodes(response, "with").Select(c => c.GetProperty("code").GetString()));
        Assert.DoesNotContain(Nodes(response, "without"), c => c.GetProperty("code").GetString() == "96375");
    }

    [Fact]
    public async Task EnumAndDecimalOperations_TranslateToSql()
    {
        using var response = await server.QueryAsync("""
            { payers(where: { kind: { in: [COMMERCIAL] }, name: { nin: ["Aetna"] } }) { nodes { name } }
              code(code: "96375") {
                rates(where: { mean: { in: [28.9313, 26.4308] }, and: [{ median: { ngt: 30 } }] }, order: [{ payer: { name: DESC } }]) { payer { name } } } }
            """);

        Assert.Equal(["Blue Cross Blue Shield", "Cigna", "UnitedHealthcare"], Nodes(response, "payers").Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["UnitedHealthcare", "Cigna"],
            response.RootElement.GetProperty("data").GetProperty("code").GetProperty("rates").EnumerateArray().Select(r => r.GetProperty("payer").GetProperty("name").GetString()));
    }

    private static List<JsonElement> Nodes(JsonDocument response, string field)
    {
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray().ToList();
    }
}
