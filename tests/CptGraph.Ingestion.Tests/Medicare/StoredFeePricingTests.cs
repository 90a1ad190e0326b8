using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Medicare;

namespace CptGraph.Ingestion.Tests.Medicare;

/// <summary>Pricing the stored fee rows per setting, on the full CMS 2026 file and its 109 localities.</summary>
public sealed class StoredFeePricingTests
{
    [Fact]
    public void Office_99213_IsWhatTheIngestStores()
    {
        var row = MedicareFiles.FullRow("99213");

        var office = StoredFeePricing.LocalityAmounts(Fee(row), Localities(), MedicareSetting.NonFacility);

        Assert.Equal(MedicarePricing.LocalityPayments(row, MedicareFiles.Localities2026).Select(p => p.Amount), office);
    }

    [Fact]
    public void Facility_99213_UsesTheFacilityPeRvu()
    {
        var row = MedicareFiles.FullRow("99213");

        var facility = StoredFeePricing.LocalityAmounts(Fee(row), Localities(), MedicareSetting.Facility).Order().ToList();

        // Work 1.30, facility PE 0.33, MP 0.09, CF 33.4009. Arkansas (1.000, 0.859, 0.515): 1.62982 × 33.4009 → 54.44;
        // Alaska (1.500, 1.065, 0.551): 2.35104 × 33.4009 → 78.53; the 55th, Hanford-Corcoran (1.017, 1.096, 0.536) → 57.85.
        Assert.Equal((1.30m, 0.33m, 0.09m), (row.WorkRvu, row.FacilityPeRvu, row.MpRvu));
        Assert.Equal((109, 54.44m, 57.85m, 78.53m), (facility.Count, facility[0], facility[54], facility[^1]));
    }

    [Fact]
    public void Facility_96375_IsNotApplicable()
    {
        var fee = Fee(MedicareFiles.FullRow("96375"));

        Assert.True(StoredFeePricing.IsNotApplicable(fee, MedicareSetting.Facility));
        Assert.False(StoredFeePricing.IsNotApplicable(fee, MedicareSetting.NonFacility));
        Assert.Empty(StoredFeePricing.LocalityAmounts(fee, Localities(), MedicareSetting.Facility));
    }

    // The rows the ingest stores, from the file's rows.
    private static MedicareFee Fee(RvuRow row) => new()
    {
        Modifier = row.Modifier, Year = 2026, Status = row.Status, WorkRvu = row.WorkRvu, NonFacilityPeRvu = row.NonFacilityPeRvu,
        NonFacilityNotPriced = row.NonFacilityNa, FacilityPeRvu = row.FacilityPeRvu, FacilityNotPriced = row.FacilityNa, MalpracticeRvu = row.MpRvu,
        ConversionFactor = row.ConversionFactor,
    };

    private static List<MedicareLocality> Localities() =>
    [
        .. MedicareFiles.Localities2026.Select(g => new MedicareLocality
        {
            Year = 2026, Mac = g.Mac, LocalityNumber = g.LocalityNumber, State = g.State, Name = g.LocalityName, WorkGpci = g.Work, PeGpci = g.Pe, MpGpci = g.Mp,
        }),
    ];
}
