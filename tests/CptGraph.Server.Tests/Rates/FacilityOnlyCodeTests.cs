using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Rates;

/// <summary>
/// A code CMS pays only in a facility (99283: NON-FAC NA, so the ingest stores its facility amounts), on the seeded server:
/// its Medicare distribution is the same in both settings, and the benchmark says whose amounts it holds.
/// </summary>
public sealed class FacilityOnlyCodeTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    [Fact]
    public async Task Medicare99283_HoldsFacilityAmounts_AndSaysSo()
    {
        using var response = await server.QueryAsync("""
            { code(code: "99283") {
                office: benchmark { setting medicareSetting medicareNotApplicable medicare { count min median max } }
                facility: benchmark(setting: FACILITY) { setting medicareSetting medicareNotApplicable medicare { count min median max } } }
              other: code(code: "99213") { benchmark { medicareSetting } } }
            """);

        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var data = response.RootElement.GetProperty("data");
        var office = data.GetProperty("code").GetProperty("office");
        var facility = data.GetProperty("code").GetProperty("facility");
        Assert.Equal(("NON_FACILITY", "FACILITY", false), (office.GetProperty("setting").GetString(), office.GetProperty("medicareSetting").GetString(),
            office.GetProperty("medicareNotApplicable").GetBoolean()));
        Assert.Equal(("FACILITY", "FACILITY", false), (facility.GetProperty("setting").GetString(), facility.GetProperty("medicareSetting").GetString(),
            facility.GetProperty("medicareNotApplicable").GetBoolean()));

        // Work 1.60, PE 0.28, MP 0.20, CF 33.4009. Wisconsin (1.000, 0.958, 0.308): 1.92984 × 33.4009 = 64.4584 → 64.46;
        // Alaska (1.500, 1.065, 0.551): 2.80840 × 33.4009 → 93.80; the 55th of 109, New Hampshire (1.000, 1.041, 0.875): 69.02.
        var expected = (109, 64.46m, 69.02m, 93.80m);
        Assert.Equal(expected, Summary(office.GetProperty("medicare")));
        Assert.Equal(expected, Summary(facility.GetProperty("medicare")));
        Assert.Equal("NON_FACILITY", data.GetProperty("other").GetProperty("benchmark").GetProperty("medicareSetting").GetString());
    }

    private static (int, decimal, decimal, decimal) Summary(System.Text.Json.JsonElement medicare) => (medicare.GetProperty("count").GetInt32(),
        medicare.GetProperty("min").GetDecimal(), medicare.GetProperty("median").GetDecimal(), medicare.GetProperty("max").GetDecimal());
}
