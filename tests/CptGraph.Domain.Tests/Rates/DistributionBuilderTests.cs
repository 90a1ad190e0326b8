using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Tests.Rates;

public sealed class DistributionBuilderTests
{
    private const int Aetna = 1;
    private const int Cigna = 2;
    private const int Regional = 3;
    private const int Medicare = 4;

    [Fact]
    public void Build_PricesBilledAsBoth_CountInProfessionalAndInstitutional()
    {
        // Arrange
        PricedObservation[] observations =
        [
            new(Aetna, true, "", TicBillingClass.Professional, 10m, false),
            new(Aetna, true, "", TicBillingClass.Both, 20m, false),
            new(Aetna, true, "", TicBillingClass.Institutional, 90m, false),
        ];

        // Act
        var distributions = DistributionBuilder.Build(7, observations);

        // Assert
        var professional = Single(distributions, Aetna, BillingClass.Professional, "");
        Assert.Equal(2, professional.Count);
        Assert.Equal(15m, professional.Mean);
        var institutional = Single(distributions, Aetna, BillingClass.Institutional, "");
        Assert.Equal(2, institutional.Count);
        Assert.Equal(55m, institutional.Mean);
        Assert.All(distributions, d => Assert.Equal(7, d.CodeId));
    }

    [Fact]
    public void Build_Aggregate_PoolsOnlyBucaPayers()
    {
        // Arrange
        PricedObservation[] observations =
        [
            new(Aetna, true, "", TicBillingClass.Professional, 10m, false),
            new(Aetna, true, "", TicBillingClass.Professional, 30m, false),
            new(Cigna, true, "", TicBillingClass.Professional, 50m, true),
            new(Regional, false, "", TicBillingClass.Professional, 1000m, false),
            new(Medicare, false, "", TicBillingClass.Professional, 5m, false),
        ];

        // Act
        var aggregate = Single(DistributionBuilder.Build(1, observations), null, BillingClass.Professional, "");

        // Assert: (10 + 30 + 50) / 3, the pooled observations, not the mean of the payer means.
        Assert.Equal(3, aggregate.Count);
        Assert.Equal(30m, aggregate.Mean);
        Assert.Equal(10m, aggregate.Min);
        Assert.Equal(50m, aggregate.Max);
        Assert.True(aggregate.IsDemo);
    }

    [Fact]
    public void Build_ModifierSets_GetTheirOwnDistributions()
    {
        // Arrange
        PricedObservation[] observations =
        [
            new(Aetna, true, "", TicBillingClass.Professional, 10m, false),
            new(Aetna, true, "59", TicBillingClass.Professional, 8m, false),
        ];

        // Act
        var distributions = DistributionBuilder.Build(1, observations);

        // Assert
        Assert.Equal(10m, Single(distributions, Aetna, BillingClass.Professional, "").Mean);
        Assert.Equal(8m, Single(distributions, Aetna, BillingClass.Professional, "59").Mean);
        Assert.DoesNotContain(distributions, d => d.BillingClass == BillingClass.Institutional);
    }

    [Fact]
    public void Build_Screened_LeavesFlaggedOut_AndBothCarryTheCounts()
    {
        // Arrange
        PricedObservation[] observations =
        [
            new(Regional, false, "", TicBillingClass.Professional, 10m, false, "2026-09"),
            new(Regional, false, "", TicBillingClass.Professional, 20m, false, "2026-09"),
            new(Regional, false, "", TicBillingClass.Professional, 0.01m, false, "2026-09", ScreeningFlags.ZeroOrSentinel | ScreeningFlags.LogFence),
            new(Regional, false, "", TicBillingClass.Professional, 90m, false, "2026-09", ScreeningFlags.Ghost),
        ];

        // Act
        var distributions = DistributionBuilder.Build(1, observations);

        // Assert
        var all = Single(distributions, Regional, BillingClass.Professional, "");
        var screened = Assert.Single(distributions, d => d.Screened);
        Assert.Equal((4, 30.0025m), (all.Count, all.Mean));
        Assert.Equal((2, 15m, "2026-09"), (screened.Count, screened.Mean, screened.VintageMonth));
        Assert.All(new[] { all, screened }, d => Assert.Equal((1, 0, 1, 1, 2),
            (d.Screening.ZeroOrSentinel, d.Screening.MedicareRatio, d.Screening.LogFence, d.Screening.Ghost, d.Screening.Excluded)));
    }

    [Fact]
    public void Build_EachVintage_GetsItsOwnPayerRows_AndTheAggregateIsAsOfEachMonth()
    {
        // Arrange: Aetna in August (10) and October (30); Cigna in September (50).
        PricedObservation[] observations =
        [
            new(Aetna, true, "", TicBillingClass.Professional, 10m, false, "2026-08"),
            new(Aetna, true, "", TicBillingClass.Professional, 30m, false, "2026-10"),
            new(Cigna, true, "", TicBillingClass.Professional, 50m, false, "2026-09"),
        ];

        // Act
        var distributions = DistributionBuilder.Build(1, observations).Where(d => !d.Screened).ToList();

        // Assert
        Assert.Equal(["2026-08:10", "2026-10:30"], distributions.Where(d => d.PayerId == Aetna).Select(d => $"{d.VintageMonth}:{d.Mean}"));
        // As of August: Aetna 10; September: Aetna's August 10 + Cigna 50; October: Aetna's October 30 + Cigna 50.
        Assert.Equal(["2026-08:1:10", "2026-09:2:30", "2026-10:2:40"],
            distributions.Where(d => d.PayerId is null).Select(d => $"{d.VintageMonth}:{d.Count}:{d.Mean}"));
    }

    [Theory]
    [InlineData("2026-09", true, "2026-09")]
    [InlineData("1999-12", true, "1999-12")]
    [InlineData("2026-9", false, "")]
    [InlineData("2026-13", false, "")]
    [InlineData("2026-09-01", false, "")]
    [InlineData("", false, "")]
    public void Vintages_ParseMonthsWrittenYyyyMm(string text, bool valid, string month)
    {
        Assert.Equal(valid, Vintages.TryParseMonth(text, out var parsed));
        Assert.Equal(month, parsed);
        Assert.Equal("2026-10", Vintages.MonthOf(new DateOnly(2026, 10, 15)));
        Assert.Equal(Vintages.Undated, Vintages.MonthOf(null));
    }

    [Fact]
    public void ModifierKey_NormalisesCaseOrderAndDuplicates()
    {
        Assert.Equal("25,59,AS", ModifierKey.From([" as", "59", "25", "59", ""]));
        Assert.Equal(ModifierKey.None, ModifierKey.From(null));
        Assert.Equal(["25", "59"], ModifierKey.Split("25,59"));
        Assert.Empty(ModifierKey.Split(""));
    }

    private static RateDistribution Single(IEnumerable<RateDistribution> distributions, int? payerId, BillingClass billingClass, string modifierKey) =>
        Assert.Single(distributions, d => d.PayerId == payerId && d.BillingClass == billingClass && d.ModifierKey == modifierKey && !d.Screened);
}
