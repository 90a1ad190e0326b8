using CptGraph.Domain.Statistics;

namespace CptGraph.Domain.Tests.Statistics;

public sealed class RateStatisticsTests
{
    [Fact]
    public void Summarise_FourValues_InterpolatesLinearlyBetweenClosestRanks()
    {
        // Arrange: h = (n − 1)·p; by hand P10 = 1 + 0.3·1, P25 = 1 + 0.75·1, P75 = 3 + 0.25·1, P90 = 3 + 0.7·1.
        decimal[] values = [4m, 1m, 3m, 2m];

        // Act
        var summary = RateStatistics.Summarise(values)!;

        // Assert
        Assert.Equal(4, summary.Count);
        Assert.Equal(1m, summary.Min);
        Assert.Equal(1.3m, summary.P10);
        Assert.Equal(1.75m, summary.P25);
        Assert.Equal(2.5m, summary.Median);
        Assert.Equal(3.25m, summary.P75);
        Assert.Equal(3.7m, summary.P90);
        Assert.Equal(4m, summary.Max);
        Assert.Equal(2.5m, summary.Mean);
        Assert.Equal(1.5m, summary.Spread);
    }

    [Fact]
    public void Summarise_ThreeValues_MatchesHandComputedPercentilesAndRoundedMean()
    {
        // Arrange: P25 at h = 0.5 → 10 + 0.5·10 = 15; P75 at h = 1.5 → 20 + 0.5·20 = 30; mean 70/3.
        decimal[] values = [10m, 40m, 20m];

        // Act
        var summary = RateStatistics.Summarise(values)!;

        // Assert
        Assert.Equal(15m, summary.P25);
        Assert.Equal(20m, summary.Median);
        Assert.Equal(30m, summary.P75);
        Assert.Equal(12m, summary.P10);
        Assert.Equal(36m, summary.P90);
        Assert.Equal(23.3333m, summary.Mean);
        Assert.Equal(15m, summary.Spread);
    }

    [Fact]
    public void Summarise_OneValue_EveryStatisticIsThatValue()
    {
        var summary = RateStatistics.Summarise([15.70m])!;

        Assert.All(new[] { summary.Min, summary.P10, summary.P25, summary.Median, summary.P75, summary.P90, summary.Max, summary.Mean },
            value => Assert.Equal(15.70m, value));
        Assert.Equal(0m, summary.Spread);
    }

    [Fact]
    public void Summarise_NoValues_IsNull() => Assert.Null(RateStatistics.Summarise([]));

    [Fact]
    public void Summarise_CentValues_StaysExactInDecimal()
    {
        // 0.1 + 0.2 is not 0.3 in binary floating point; in decimal it is, so the mean is exactly 0.2.
        var summary = RateStatistics.Summarise([0.1m, 0.2m, 0.3m])!;

        Assert.Equal(0.2m, summary.Mean);
        Assert.Equal(0.15m, summary.P25);
    }

    [Theory]
    [InlineData(0.000075, 0.0001)]
    [InlineData(0.000049, 0.0000)]
    [InlineData(-0.00005, -0.0001)]
    public void Round_KeepsFourPlacesHalfAwayFromZero(double value, double expected) =>
        Assert.Equal((decimal)expected, RateStatistics.Round((decimal)value));

    [Fact]
    public void RoundToCents_RoundsHalfAwayFromZero() => Assert.Equal(15.70m, RateStatistics.RoundToCents(15.698423m));

    [Fact]
    public void PercentOf_ZeroWhole_IsNull() => Assert.Null(RateStatistics.PercentOf(1m, 0m));

    [Fact]
    public void PercentOf_ComputesPercentage() => Assert.Equal(170.3565m, RateStatistics.PercentOf(27.6705m, 16.2427m));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Percentile_FractionOutsideZeroToOne_Throws(double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RateStatistics.Percentile([1m], (decimal)fraction));
}
