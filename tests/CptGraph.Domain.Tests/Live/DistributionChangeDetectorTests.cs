using CptGraph.Domain.Live;
using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Tests.Live;

public sealed class DistributionChangeDetectorTests
{
    [Theory]
    [InlineData("count")]
    [InlineData("p90")]
    [InlineData("vintage")]
    [InlineData("isDemo")]
    public void Differs_OnAnyServedFigure(string figure)
    {
        // Arrange
        var was = Distribution();
        var now = Distribution();
        switch (figure)
        {
            case "count": now.Count = 4; break;
            case "p90": now.P90 = 39m; break;
            case "vintage": now.VintageMonth = "2026-11"; break;
            default: now.IsDemo = true; break;
        }

        // Act / Assert: the subscriptions' per-payer test and the outbox's per-group test agree.
        Assert.True(DistributionChangeDetector.Differs(was, now));
        Assert.Single(DistributionChangeDetector.Detect([was], [now], new Dictionary<int, string> { [7] = "96375" }, runId: 1));
    }

    [Fact]
    public void Differs_NotForTheSameFiguresOrTwoAbsences()
    {
        Assert.False(DistributionChangeDetector.Differs(Distribution(), Distribution()));
        Assert.False(DistributionChangeDetector.Differs(null, null));
        Assert.True(DistributionChangeDetector.Differs(null, Distribution()));
        Assert.True(DistributionChangeDetector.Differs(Distribution(), null));
        Assert.Empty(DistributionChangeDetector.Detect([Distribution()], [Distribution()], new Dictionary<int, string> { [7] = "96375" }, runId: 1));
    }

    private static RateDistribution Distribution() => new()
    {
        CodeId = 7, PayerId = 1, VintageMonth = "2026-10", Count = 3, Min = 20m, P10 = 22m, P25 = 25m, Median = 30m, P75 = 35m, P90 = 38m, Max = 40m, Mean = 30m,
    };
}
