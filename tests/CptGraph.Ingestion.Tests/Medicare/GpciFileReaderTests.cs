using CptGraph.Ingestion.Medicare;

namespace CptGraph.Ingestion.Tests.Medicare;

public sealed class GpciFileReaderTests
{
    [Fact]
    public void Reads_all_2026_localities_keeping_leading_zeros()
    {
        // Arrange, Act
        var localities = MedicareFiles.Localities2026;

        // Assert
        Assert.Equal(109, localities.Count);
        Assert.Equal(new Gpci("10112", "AL", "00", "ALABAMA", 1.000m, 0.875m, 0.566m), localities[0]);
        Assert.Equal(new Gpci("02102", "AK", "01", "ALASKA*", 1.500m, 1.065m, 0.551m), localities.Single(l => l.State == "AK"));
        Assert.Equal(1.162m, localities.Single(l => l.LocalityName == "MANHATTAN").Pe);
    }

    [Fact]
    public void Bad_number_names_the_file_line_and_column()
    {
        // Arrange
        var csv = "year,mac,state,locality_number,locality_name,work_gpci,pe_gpci,mp_gpci\n"
            + "2026,10112,AL,00,ALABAMA,1.000,0.875,0.566\n"
            + "2026,02102,AK,01,ALASKA*,1.500,,0.551\n";

        // Act
        var error = Assert.Throws<IngestionException>(() => GpciFileReader.Read(new StringReader(csv), "gpci.csv"));

        // Assert
        Assert.Equal("gpci.csv", error.Source);
        Assert.Equal("line 3, column pe_gpci", error.Location);
    }
}
