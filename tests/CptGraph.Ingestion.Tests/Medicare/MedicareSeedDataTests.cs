using CptGraph.Domain.Statistics;
using CptGraph.Ingestion.Medicare;

namespace CptGraph.Ingestion.Tests.Medicare;

/// <summary>The Medicare files shipped in src/CptGraph.Server/SeedData/medicare agree with the CMS originals.</summary>
public sealed class MedicareSeedDataTests
{
    private static string ShippedSubset => Path.Combine(MedicareFiles.SeedData, "pprrvu_2026_subset.csv");

    private static string ShippedGpci => Path.Combine(MedicareFiles.SeedData, "gpci_2026.csv");

    [Fact]
    public void Shipped_subset_equals_the_full_cms_rows_for_its_codes()
    {
        // Arrange
        var shipped = RvuFileReader.ReadFile(ShippedSubset).ToList();

        // Act
        var full = shipped.Select(r => MedicareFiles.FullRow(r.Hcpcs, r.Modifier)).ToList();

        // Assert
        Assert.Equal(32, shipped.Count);
        Assert.All(shipped, r => Assert.Equal(2026, r.Year));
        // The subset keeps the RVU columns and PCTC IND; the other indicators come with the full file users import.
        Assert.Equal(full.Select(r => r with { Indicators = null }), shipped.Select(r => r with { Indicators = null }));
        Assert.Equal(full.Select(r => r.Indicators!.PcTc), shipped.Select(r => r.Indicators!.PcTc));
    }

    [Fact]
    public void Shipped_gpci_file_equals_the_reference()
    {
        // Arrange, Act
        var shipped = GpciFileReader.ReadFile(ShippedGpci);

        // Assert
        Assert.Equal(MedicareFiles.Localities2026, shipped);
    }

    [Fact]
    public void Shipped_files_price_96375_like_the_reference()
    {
        // Arrange
        var row = RvuFileReader.ReadFile(ShippedSubset).Single(r => r.Hcpcs == "96375");
        var localities = GpciFileReader.ReadFile(ShippedGpci);

        // Act
        var national = MedicarePricing.NationalAmount(row);
        var summary = RateStatistics.Summarise(MedicarePricing.LocalityPayments(row, localities).Select(p => p.Amount))!;

        // Assert
        Assert.Equal(15.70m, national);
        Assert.Equal(109, summary.Count);
        Assert.Equal(16.24m, RateStatistics.RoundToCents(summary.Mean));
    }
}
