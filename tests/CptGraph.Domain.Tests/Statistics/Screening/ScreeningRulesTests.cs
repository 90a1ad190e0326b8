using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Tests.Statistics.Screening;

public sealed class ScreeningRulesTests
{
    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0.001", true)]
    [InlineData("0.02", false)]
    [InlineData("99999", true)]
    [InlineData("999999", true)]
    [InlineData("999999.00", true)]
    [InlineData("999999.99", true)]
    [InlineData("9999999.99", true)]
    [InlineData("99990", false)]
    [InlineData("9999.99", false)]
    [InlineData("999999.50", false)]
    [InlineData("199999", false)]
    [InlineData("27.50", false)]
    public void IsZeroOrSentinel_CentsAndAllNines(string amount, bool expected) =>
        Assert.Equal(expected, ScreeningRules.IsZeroOrSentinel(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("3.19", true)]   // below 0.2 × 15.97 = 3.194
    [InlineData("3.20", false)]
    [InlineData("319.40", false)] // exactly 20 × 15.97 is not above it
    [InlineData("319.41", true)]
    public void IsMedicareOutlier_OutsideOneFifthToTwentyTimes(string amount, bool expected) =>
        Assert.Equal(expected, ScreeningRules.IsMedicareOutlier(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), 15.97m));

    [Fact]
    public void LogFences_TukeyFarOutOnTheLogScale()
    {
        // ln of 2, 20, 22, 25, 28, 30, 200 (hand-computed): Q1 = ln 22 + 0.5·(ln 25 − ln 22) = 3.043387,
        // Q3 = ln 28 + 0.5·(ln 30 − ln 28) = 3.366701, IQR = 0.323314; fences 2.073447 and 4.336642 (e^: 7.95 and 76.45).
        var fences = ScreeningRules.LogFences([20m, 22m, 25m, 28m, 30m, 200m, 2m])!.Value;

        Assert.Equal(2.073447, fences.Lower, 6);
        Assert.Equal(4.336642, fences.Upper, 6);
        Assert.True(ScreeningRules.IsOutsideFences(2m, fences));
        Assert.True(ScreeningRules.IsOutsideFences(200m, fences));
        Assert.False(ScreeningRules.IsOutsideFences(7.96m, fences));
        Assert.False(ScreeningRules.IsOutsideFences(76.45m, fences));
        Assert.True(ScreeningRules.IsOutsideFences(76.46m, fences));
    }

    [Fact]
    public void LogFences_IdenticalRates_UseTheIqrFloor()
    {
        // Six rates of 100: IQR 0, floored to 0.25, so the fences are 100·e^(∓0.75) = 47.24 and 211.70.
        var fences = ScreeningRules.LogFences([100m, 100m, 100m, 100m, 100m, 100m, 211m, 212m, 47m, 48m])!.Value;

        Assert.Equal([false, true, false, true], new[] { 211m, 212m, 48m, 47m }.Select(a => ScreeningRules.IsOutsideFences(a, fences)));
    }

    [Fact]
    public void LogFences_FewerThanFive_None() =>
        Assert.Null(ScreeningRules.LogFences([1m, 100m, 100m, 10000m]));

    [Fact]
    public void ScreeningCounts_CountEachRuleAndEachFlaggedObservationOnce()
    {
        var counts = ScreeningCounts.Of([ScreeningFlags.None, ScreeningFlags.ZeroOrSentinel | ScreeningFlags.MedicareRatio, ScreeningFlags.Ghost, ScreeningFlags.LogFence | ScreeningFlags.MedicareRatio]);

        Assert.Equal((1, 2, 1, 1, 3), (counts.ZeroOrSentinel, counts.MedicareRatio, counts.LogFence, counts.Ghost, counts.Excluded));
    }
}
