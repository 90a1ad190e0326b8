using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Tests.Rates;

public sealed class ServedDistributionsTests
{
    [Fact]
    public void Latest_KeepsEachPayersLatestMonthAtOrBeforeAsOf()
    {
        // Arrange: Aetna in August and October, the aggregate in October, Cigna in September; another code in August.
        RateDistribution[] rows = [Row(1, 1, "2026-08"), Row(2, 1, "2026-10"), Row(3, null, "2026-10"), Row(4, 2, "2026-09"), Row(5, 1, "2026-08", codeId: 8)];

        // Act
        var latest = ServedDistributions.Latest(rows, rows, asOf: null);
        var september = ServedDistributions.Latest(rows, rows, asOf: "2026-09");

        // Assert
        Assert.Equal([2L, 3, 4, 5], latest.Select(d => d.Id));
        Assert.Equal([1L, 4, 5], september.Select(d => d.Id));
    }

    [Fact]
    public void Latest_ChoosesTheMonthAmongUnscreenedRows()
    {
        // Arrange: Aetna's October is entirely flagged (no screened row), so its screened answer is empty, not August's.
        RateDistribution[] unscreened = [Row(1, 1, "2026-08"), Row(2, 1, "2026-10"), Row(3, 2, "2026-09")];
        RateDistribution[] screened = [Row(11, 1, "2026-08", screened: true), Row(13, 2, "2026-09", screened: true)];

        // Act
        var served = ServedDistributions.Latest(unscreened, screened, asOf: null);

        // Assert
        Assert.Equal([13L], served.Select(d => d.Id));
    }

    [Fact]
    public void InPayerOrder_PutsCommercialPayersByNameThenMedicareThenTheAggregate()
    {
        // Arrange
        RateDistribution[] rows =
        [
            Row(1, null, "2026-10"), Row(2, 9, "2026-01", payer: new Payer { Id = 9, Name = "Medicare", Kind = PayerKind.Medicare }),
            Row(3, 2, "2026-09", payer: new Payer { Id = 2, Name = "Cigna" }), Row(4, 1, "2026-10", payer: new Payer { Id = 1, Name = "Aetna" }),
        ];

        // Act
        var ordered = ServedDistributions.InPayerOrder(rows, d => d).Select(d => d.Id);

        // Assert
        Assert.Equal([4L, 3, 2, 1], ordered);
    }

    private static RateDistribution Row(long id, int? payerId, string month, int codeId = 7, bool screened = false, Payer? payer = null) =>
        new() { Id = id, CodeId = codeId, PayerId = payerId, Payer = payer, VintageMonth = month, Screened = screened, Count = 1, Mean = 10m };
}
