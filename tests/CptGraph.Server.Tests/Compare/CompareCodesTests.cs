using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Compare;

/// <remarks>Not sealed: <see cref="CompareCodesPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class CompareCodesTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    [Fact]
    public async Task TwoCodes_SideBySide_InTheOrderGiven()
    {
        using var response = await server.QueryAsync("""
            { compareCodes(codes: ["96375", "96374"]) {
                code { code } medicareMean commercialMean gap gapPercent
                payers { payer { name } mean median spread } } }
            """);

        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var rows = response.RootElement.GetProperty("data").GetProperty("compareCodes").EnumerateArray().ToList();
        Assert.Equal(["96375", "96374"], rows.Select(r => r.GetProperty("code").GetProperty("code").GetString()));

        // The README's 96375 figures.
        Assert.Equal(16.2427m, rows[0].GetProperty("medicareMean").GetDecimal());
        Assert.Equal(27.6705m, rows[0].GetProperty("commercialMean").GetDecimal());
        Assert.Equal(11.4278m, rows[0].GetProperty("gap").GetDecimal());
        Assert.Equal(70.3565m, rows[0].GetProperty("gapPercent").GetDecimal());
        var cigna = rows[0].GetProperty("payers").EnumerateArray().Single(p => p.GetProperty("payer").GetProperty("name").GetString() == "Cigna");
        Assert.Equal(27.68m, cigna.GetProperty("median").GetDecimal());
        Assert.Equal(11.745m, cigna.GetProperty("spread").GetDecimal());
        Assert.Equal(5, rows[1].GetProperty("payers").GetArrayLength());
    }

    [Fact]
    public async Task UnknownCodes_AreACodedErrorNamingThem()
    {
        using var response = await server.QueryAsync("""{ compareCodes(codes: ["96375", "00000"]) { gap } }""");

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("COMPARE_UNKNOWN_CODES", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("00000", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task TooManyCodes_IsACodedError()
    {
        var codes = Enumerable.Range(0, 26).Select(i => $"9{i:0000}").ToArray();

        using var response = await server.QueryAsync("query($codes: [String!]!) { compareCodes(codes: $codes) { gap } }", new { codes });

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("COMPARE_CODE_COUNT", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
