using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Tests.Statistics.Screening;

public sealed class ObservationScreenerTests
{
    private const int Aetna = 1;
    private const int Medicare = 9;

    [Fact]
    public void Flag_AppliesEachRule_KeepsGhost_SparesMedicareAndInstitutionalRatio()
    {
        // Arrange: Medicare median 15 (2026-01); professional 2 (under 3), 20–30, 400 (over 300), 999999; an institutional 400.
        var medicare = new MedicareReference([Observation(Medicare, 14m, "2026-01"), Observation(Medicare, 15m, "2026-01"), Observation(Medicare, 17m, "2026-01")]);
        PricedObservation[] observations =
        [
            Observation(Aetna, 2m),
            Observation(Aetna, 20m),
            Observation(Aetna, 22m) with { Flags = ScreeningFlags.Ghost | ScreeningFlags.LogFence },
            Observation(Aetna, 25m),
            Observation(Aetna, 28m),
            Observation(Aetna, 30m),
            Observation(Aetna, 999999m),
            Observation(Aetna, 400m) with { BillingClass = TicBillingClass.Institutional },
            Observation(Medicare, 0.01m, "2026-01"),
        ];

        // Act
        var flags = ObservationScreener.Flag(observations, medicare, Medicare);

        // Assert: over 2, 20, 22, 25, 28, 30, 999999 the ln quartiles are ln √(20·22) and ln √(28·30), IQR 0.3233: fences e^ 7.95 and 76.45.
        Assert.Equal(
        [
            ScreeningFlags.MedicareRatio | ScreeningFlags.LogFence,
            ScreeningFlags.None,
            ScreeningFlags.Ghost, // the stored ghost bit survives; the stale fence bit is recomputed away
            ScreeningFlags.None,
            ScreeningFlags.None,
            ScreeningFlags.None,
            ScreeningFlags.ZeroOrSentinel | ScreeningFlags.MedicareRatio | ScreeningFlags.LogFence,
            ScreeningFlags.None, // institutional: not compared with the fee schedule, alone in its fence group
            ScreeningFlags.None, // Medicare is the reference, never flagged
        ], flags);
    }

    [Fact]
    public void MedicareReference_LatestAtOrBeforeTheVintage_ElseTheEarliest()
    {
        var reference = new MedicareReference(
        [
            Observation(Medicare, 10m, "2025-01"),
            Observation(Medicare, 12m, "2026-01"),
            Observation(Medicare, 30m, "2026-01") with { ModifierKey = "26" },
        ]);

        Assert.Equal(10m, reference.For("", "2024-06"));
        Assert.Equal(10m, reference.For("", "2025-12"));
        Assert.Equal(12m, reference.For("", "2026-01"));
        Assert.Equal(12m, reference.For("", "2027-03"));
        Assert.Equal(30m, reference.For("26", "2026-05"));
        Assert.Null(reference.For("59", "2026-05"));
    }

    private static PricedObservation Observation(int payerId, decimal amount, string month = "2026-09") =>
        new(payerId, payerId == Aetna, "", TicBillingClass.Professional, amount, false, month);
}
