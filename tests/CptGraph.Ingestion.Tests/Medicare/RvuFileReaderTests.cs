using CptGraph.Ingestion.Medicare;

namespace CptGraph.Ingestion.Tests.Medicare;

public sealed class RvuFileReaderTests
{
    private const string FlatHeader =
        "HCPCS,MOD,STATUS CODE,WORK RVU,NON-FAC PE RVU,NON-FAC NA INDICATOR,FACILITY PE RVU,FACILITY NA INDICATOR,MP RVU,GLOB DAYS,CONV FACTOR";

    [Fact]
    public void Full_cms_file_joins_the_vertical_header_and_reads_every_row()
    {
        // Arrange, Act
        var rows = MedicareFiles.Full2026;
        var injection = MedicareFiles.FullRow("96375");

        // Assert: 19,366 lines less the 10 title and header lines.
        Assert.Equal(19_356, rows.Count);
        // PCTC 5 (incident-to), no multiple-procedure, bilateral, assistant, co- or team surgery rules (0), supervision 09, imaging family 99.
        Assert.Equal(new RvuRow("96375", "", "A", 0.10m, 0.36m, false, 0.36m, true, 0.01m, 33.4009m, "ZZZ", 2026,
            new RvuIndicators("5", "0", "0", "0", "0", "0", null, "09", "99", null)), injection);
    }

    [Fact]
    public void Full_cms_file_reads_quoted_descriptions_containing_commas()
    {
        // Arrange: CMS writes 80161's descriptor as "Asy carbamazepin 10,11-epxid", quoted.
        var row = MedicareFiles.FullRow("80161");

        // Assert: a split at the inner comma would shift STATUS CODE to "11-epxid".
        Assert.Equal("X", row.Status);
        Assert.Equal(33.4009m, row.ConversionFactor);
    }

    [Fact]
    public void Selected_codes_file_gives_the_same_2026_rows_as_the_full_cms_file()
    {
        // Arrange
        var selected = RvuFileReader.ReadFile(MedicareFiles.SelectedCodes).Where(r => r.Year == 2026).ToList();

        // Act
        var full = selected.Select(r => MedicareFiles.FullRow(r.Hcpcs, r.Modifier)).ToList();

        // Assert: the same RVUs; of the indicators the selected-codes file has only PCTC IND.
        Assert.Equal(32, selected.Count);
        Assert.Equal(full.Select(r => r with { Indicators = null }), selected.Select(r => r with { Indicators = null }));
        Assert.Equal(full.Select(r => r.Indicators!.PcTc), selected.Select(r => r.Indicators!.PcTc));
        Assert.Contains(new RvuRow("96375", "", "A", 0.10m, 0.36m, false, 0.36m, true, 0.01m, 33.4009m, "ZZZ", 2026), selected.Select(r => r with { Indicators = null }));
    }

    [Fact]
    public void Professional_and_technical_component_rows_keep_their_modifier()
    {
        // Arrange, Act
        var chestXray = MedicareFiles.Full2026.Where(r => r.Hcpcs == "71046").ToList();

        // Assert
        Assert.Equal(["", "26", "TC"], chestXray.Select(r => r.Modifier));
        Assert.Equal([0.21m, 0.21m, 0.00m], chestXray.Select(r => r.WorkRvu));
        Assert.Equal([0.76m, 0.08m, 0.68m], chestXray.Select(r => r.NonFacilityPeRvu));
    }

    [Fact]
    public void Bad_number_names_the_file_line_and_column()
    {
        // Arrange
        var csv = $"{FlatHeader}\n96374,,A,0.18,0.99,,0.99,NA,0.02,XXX,33.4009\n96375,,A,0.1O,0.36,,0.36,NA,0.01,ZZZ,33.4009\n";

        // Act
        var error = Assert.Throws<IngestionException>(() => RvuFileReader.Read(new StringReader(csv), "bad.csv").ToList());

        // Assert
        Assert.Equal("bad.csv", error.Source);
        Assert.Equal("line 3, column WORK RVU", error.Location);
        Assert.Contains("'0.1O'", error.Problem);
    }

    [Fact]
    public void Quoted_field_may_hold_doubled_quotes_and_a_line_break()
    {
        // Arrange: DESCRIPTION is present but never read.
        var csv = "HCPCS,MOD,DESCRIPTION,STATUS CODE,WORK RVU,NON-FAC PE RVU,NON-FAC NA INDICATOR,FACILITY PE RVU,"
            + "FACILITY NA INDICATOR,MP RVU,GLOB DAYS,CONV FACTOR\n"
            + "J1100,,\"Dexamethasone \"\"1 mg\"\",\nsodium\",A,0.00,0.10,,0.10,,0.00,XXX,33.4009\n"
            + "99285,,x,A,4.00,0.65,NA,0.65,,0.4x,XXX,33.4009\n";

        // Act
        var rows = new List<RvuRow>();
        var error = Assert.Throws<IngestionException>(() => rows.AddRange(RvuFileReader.Read(new StringReader(csv), "q.csv")));

        // Assert: the second record starts on line 4 because the first spans lines 2 and 3.
        Assert.Equal(new RvuRow("J1100", "", "A", 0m, 0.10m, false, 0.10m, false, 0m, 33.4009m, "XXX", null), Assert.Single(rows));
        Assert.Equal("line 4, column MP RVU", error.Location);
    }

    [Fact]
    public void Missing_column_is_reported_at_the_header()
    {
        // Arrange
        var csv = FlatHeader.Replace(",MP RVU", ",MALPRACTICE") + "\n";

        // Act
        var error = Assert.Throws<IngestionException>(() => RvuFileReader.Read(new StringReader(csv), "h.csv").ToList());

        // Assert
        Assert.Equal("line 1", error.Location);
        Assert.Contains("'MP RVU'", error.Problem);
    }

    [Fact]
    public void Na_indicator_other_than_na_or_blank_is_rejected()
    {
        // Arrange
        var csv = $"{FlatHeader}\n96375,,A,0.10,0.36,N/A,0.36,NA,0.01,ZZZ,33.4009\n";

        // Act
        var error = Assert.Throws<IngestionException>(() => RvuFileReader.Read(new StringReader(csv), "na.csv").ToList());

        // Assert
        Assert.Equal("line 2, column NON-FAC NA INDICATOR", error.Location);
    }
}
