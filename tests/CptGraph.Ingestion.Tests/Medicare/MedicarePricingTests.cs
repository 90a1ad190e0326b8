using CptGraph.Domain.Statistics;
using CptGraph.Ingestion.Medicare;

namespace CptGraph.Ingestion.Tests.Medicare;

public sealed class MedicarePricingTests
{
    [Fact]
    public void Injection_96375_national_amount_uses_the_files_conversion_factor()
    {
        // Arrange
        var row = MedicareFiles.FullRow("96375");

        // Act
        var national = MedicarePricing.NationalAmount(row);

        // Assert: (0.10 + 0.36 + 0.01) × 33.4009 = 15.698423.
        Assert.Equal(33.4009m, row.ConversionFactor);
        Assert.Equal(15.70m, national);
    }

    [Fact]
    public void Injection_96375_locality_distribution_matches_the_reference_figures()
    {
        // Arrange
        var row = MedicareFiles.FullRow("96375");

        // Act
        var payments = MedicarePricing.LocalityPayments(row, MedicareFiles.Localities2026);
        var summary = RateStatistics.Summarise(payments.Select(p => p.Amount))!;

        // Assert: the README's figures ($16.24, $15.00, $15.97, $16.86, $13.84, $21.23) come from unrounded
        // payments. We round each payment to cents first, and computed these exact values by hand from
        // gpci_2026.csv: the 109 cent amounts sum to $1,770.45, so the mean is 16.242660… → 16.2427 at
        // RateStatistics' 4 places, $16.24 in cents (unrounded, 16.2433). With 109 values P25, the median
        // and P75 fall exactly on the 28th, 55th and 82nd amounts, so no interpolation is involved.
        Assert.Equal(109, payments.Count);
        Assert.All(payments, p => Assert.False(p.UsedFacility));
        Assert.Equal(16.2427m, summary.Mean);
        Assert.Equal(16.24m, RateStatistics.RoundToCents(summary.Mean));
        Assert.Equal(15.00m, summary.P25);
        Assert.Equal(15.97m, summary.Median);
        Assert.Equal(16.86m, summary.P75);
        Assert.Equal(13.84m, summary.Min);
        Assert.Equal(21.23m, summary.Max);
        Assert.Equal(14.468m, summary.P10);
        Assert.Equal(18.144m, summary.P90);
    }

    [Fact]
    public void Injection_96375_extremes_are_arkansas_and_san_benito()
    {
        // Arrange
        var row = MedicareFiles.FullRow("96375");

        // Act
        var payments = MedicarePricing.LocalityPayments(row, MedicareFiles.Localities2026).OrderBy(p => p.Amount).ToList();

        // Assert: Arkansas (1.000 / 0.859 / 0.515): (0.100 + 0.30924 + 0.00515) × 33.4009 = 13.840999 → 13.84.
        // San Benito (1.110 / 1.442 / 0.536): (0.111 + 0.51912 + 0.00536) × 33.4009 = 21.225604 → 21.23.
        Assert.Equal(new LocalityPayment("07102", "13", "ARKANSAS", "AR", 13.84m, false), payments[0]);
        Assert.Equal(
            new LocalityPayment("01112", "65", "SAN JOSE-SUNNYVALE-SANTA CLARA (SAN BENITO CNTY)", "CA", 21.23m, false),
            payments[^1]);
    }

    [Fact]
    public void Status_x_code_is_not_priced()
    {
        // Arrange: 96376 (sequential push of the same drug) is bundled, status X.
        var row = MedicareFiles.FullRow("96376");

        // Act, Assert
        Assert.Equal("X", row.Status);
        Assert.Null(MedicarePricing.NationalAmount(row));
        Assert.Empty(MedicarePricing.LocalityPayments(row, MedicareFiles.Localities2026));
    }

    [Fact]
    public void Non_facility_na_code_is_priced_with_the_facility_practice_expense()
    {
        // Arrange: emergency department visits have no office (non-facility) setting.
        var row = MedicareFiles.FullRow("99285");

        // Act
        var payments = MedicarePricing.LocalityPayments(row, MedicareFiles.Localities2026);

        // Assert: (4.00 + 0.65 + 0.48) × 33.4009 = 171.346617.
        Assert.True(row.NonFacilityNa);
        Assert.Null(MedicarePricing.NonFacilityAmount(row));
        Assert.Equal(171.35m, MedicarePricing.FacilityAmount(row));
        Assert.Equal(171.35m, MedicarePricing.NationalAmount(row));
        Assert.Equal(109, payments.Count);
        Assert.All(payments, p => Assert.True(p.UsedFacility));
    }

    [Fact]
    public void Professional_and_technical_components_are_priced_separately()
    {
        // Arrange, Act
        var professional = MedicarePricing.NationalAmount(MedicareFiles.FullRow("71046", "26"));
        var technical = MedicarePricing.NationalAmount(MedicareFiles.FullRow("71046", "TC"));

        // Assert: 0.30 × 33.4009 = 10.02027 and 0.69 × 33.4009 = 23.046621.
        Assert.Equal(10.02m, professional);
        Assert.Equal(23.05m, technical);
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("R", true)]
    [InlineData("T", true)]
    [InlineData("X", false)]
    [InlineData("B", false)]
    [InlineData("I", false)]
    public void Only_statuses_a_r_and_t_are_priced(string status, bool priced)
    {
        // Arrange
        var row = new RvuRow("00000", "", status, 1m, 1m, false, 1m, false, 0m, 10m, "XXX", null);

        // Act
        var national = MedicarePricing.NationalAmount(row);

        // Assert
        Assert.Equal(priced ? 20.00m : (decimal?)null, national);
        Assert.Equal(priced, MedicarePricing.IsPriced(status));
    }

    [Fact]
    public void Code_with_both_settings_na_is_not_priced()
    {
        // Arrange
        var row = new RvuRow("00000", "", "A", 1m, 1m, true, 1m, true, 0m, 10m, "XXX", null);

        // Act, Assert
        Assert.Null(MedicarePricing.NationalAmount(row));
        Assert.Empty(MedicarePricing.LocalityPayments(row, MedicareFiles.Localities2026));
    }
}
