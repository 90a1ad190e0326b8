using CptGraph.Domain.Rates;

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
