using System.Text.Json;

namespace CptGraph.Server.Tests.Positions;

/// <summary>
/// "My rate" through HTTP, ranks hand-computed on <see cref="AnalystDatabase"/>'s observations with the mid-rank rule
/// (below + ½·equal) / n × 100.
/// </summary>
public sealed class RatePositionTests(AnalystDatabase database) : IClassFixture<AnalystDatabase>
{
    private const string Fields = "payer { name } percentileRank below equal count differenceFromMedian percentFromMedian quartile distribution { count median vintage }";

    [Fact]
    public async Task Ties_CountHalf_InThePayerAndInTheAggregate()
    {
        var position = await PositionAsync("amount: 25");

        // Aetna 20 | 25 25 | 30 40: (1 + 1) / 5. Aggregate 20 22 | 25 25 25 | 30 35 40: (2 + 1.5) / 8.
        var aetna = Payer(position, "Aetna");
        Assert.Equal((1, 2, 5, 40m), Rank(aetna));
        Assert.Equal((0m, "THIRD"), (aetna.GetProperty("differenceFromMedian").GetDecimal(), aetna.GetProperty("quartile").GetString()));
        Assert.Equal((1, 1, 3, 50m), Rank(Payer(position, "Cigna")));
        var aggregate = position.GetProperty("commercialAggregate");
        Assert.Equal((2, 3, 8, 43.75m), Rank(aggregate));
        Assert.Equal("2026-09", aggregate.GetProperty("distribution").GetProperty("vintage").GetString());
        Assert.Equal(153.9153m, position.GetProperty("percentOfMedicare").GetDecimal());
    }

    [Fact]
    public async Task BelowTheMinimum_RanksZero_AndAboveTheMaximum_RanksHundred()
    {
        var low = await PositionAsync("amount: 10");
        var high = await PositionAsync("amount: 41");

        Assert.Equal((0, 0, 5, 0m), Rank(Payer(low, "Aetna")));
        Assert.Equal("FIRST", Payer(low, "Aetna").GetProperty("quartile").GetString());
        Assert.Equal((0, 0, 8, 0m), Rank(low.GetProperty("commercialAggregate")));
        Assert.Equal((5, 0, 5, 100m), Rank(Payer(high, "Aetna")));
        Assert.Equal((8, 0, 8, 100m), Rank(high.GetProperty("commercialAggregate")));
        // Medicare's 109 locality payments for 96375 are all far below $41.
        Assert.Equal((109, 0, 109, 100m), Rank(high.GetProperty("medicare")));
    }

    [Fact]
    public async Task MyRate_AgainstTheMedian_InDollarsPercentAndQuartile()
    {
        var position = await PositionAsync("amount: 31.50");

        // Aetna median 25, P75 30: 6.50 above, 26 %, fourth quarter; 4 of 5 below.
        var aetna = Payer(position, "Aetna");
        Assert.Equal((4, 0, 5, 80m), Rank(aetna));
        Assert.Equal((6.5m, 26m, "FOURTH"), (aetna.GetProperty("differenceFromMedian").GetDecimal(),
            aetna.GetProperty("percentFromMedian").GetDecimal(), aetna.GetProperty("quartile").GetString()));
        // 31.50 / 16.2427 × 100.
        Assert.Equal(193.9333m, position.GetProperty("percentOfMedicare").GetDecimal());
        Assert.Equal(["Aetna", "Cigna", "Medicare"], position.GetProperty("payers").EnumerateArray()
            .Select(p => p.GetProperty("payer").GetProperty("name").GetString()!.Split(' ')[0]));
    }

    [Fact]
    public async Task AsOf_RanksAmongTheVintagesServedThen()
    {
        // As of August only Aetna's 100 is served, and the aggregate pools it alone.
        var position = await PositionAsync("amount: 31.50, asOf: \"2026-08\"");

        Assert.Equal((0, 0, 1, 0m), Rank(Payer(position, "Aetna")));
        Assert.Equal((0, 0, 1, 0m), Rank(position.GetProperty("commercialAggregate")));
    }

    [Fact]
    public async Task ANonPositiveAmount_IsACodedError()
    {
        using var response = await database.Server.QueryAsync("""{ code(code: "96375") { position(amount: 0) { amount } } }""");

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_AMOUNT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> PositionAsync(string arguments)
    {
        using var response = await database.Server.QueryAsync($$"""
            { code(code: "96375") { position({{arguments}}) { amount percentOfMedicare
                payers { {{Fields}} } medicare { {{Fields}} } commercialAggregate { {{Fields}} } } } }
            """);
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("code").GetProperty("position").Clone();
    }

    private static JsonElement Payer(JsonElement position, string name) =>
        position.GetProperty("payers").EnumerateArray().Single(p => p.GetProperty("payer").GetProperty("name").GetString() == name);

    private static (long, long, long, decimal) Rank(JsonElement rate) => (rate.GetProperty("below").GetInt64(), rate.GetProperty("equal").GetInt64(),
        rate.GetProperty("count").GetInt64(), rate.GetProperty("percentileRank").GetDecimal());
}
