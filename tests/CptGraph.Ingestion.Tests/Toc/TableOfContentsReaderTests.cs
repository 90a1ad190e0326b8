using CptGraph.Ingestion.Tests.Tic;
using CptGraph.Ingestion.Toc;

namespace CptGraph.Ingestion.Tests.Toc;

public sealed class TableOfContentsReaderTests
{
    [Theory]
    [InlineData("v1.6.2/table-of-contents/table-of-contents-sample.json", null)]
    [InlineData("v2.2.0/table-of-contents/table-of-contents-sample.json", "CMS")]
    public void CmsExample_ListsEachInNetworkFileOnce_WithThePlansOfItsReportingStructure(string example, string? issuer)
    {
        // Arrange
        using var stream = new MemoryStream(TicExamples.Bytes(example));

        // Act
        var files = TableOfContentsReader.Read(stream, example);

        // Assert: three in-network files; the allowed-amount files are not among them.
        Assert.Equal(
            ["https://www.some_site.com/files/in-network-file-123456.json", "https://www.some_site.com/files/behavioral-health-0000.json", "https://www.some_site.com/files/chip-in-network-file.json"],
            files.Select(f => f.Location));
        Assert.Equal("behavioral in-network shared file", files[1].Description);
        Assert.Equal(
            [$"medicaid|1111111111|hios|individual|{issuer}", $"medicare|000000000|hios|individual|{issuer}"],
            files[0].Plans.Select(p => $"{p.PlanName}|{p.PlanId}|{p.PlanIdType}|{p.PlanMarketType}|{p.IssuerName}"));
        Assert.Equal([$"chip|3333333333|hios|group|{issuer}"], files[2].Plans.Select(p => $"{p.PlanName}|{p.PlanId}|{p.PlanIdType}|{p.PlanMarketType}|{p.IssuerName}"));
    }

    [Fact]
    public void GzipTableOfContents_IsRecognisedByItsMagicBytes()
    {
        // Arrange
        var json = TicExamples.Bytes("v2.2.0/table-of-contents/table-of-contents-sample.json");
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(json);
        }

        compressed.Position = 0;

        // Act
        var files = TableOfContentsReader.Read(compressed, "index");

        // Assert
        Assert.Equal(3, files.Count);
    }

    [Fact]
    public void InNetworkFile_IsRejected_WithPlaceAndReason()
    {
        using var stream = new MemoryStream(TicExamples.Bytes("v2.2.0/in-network-rates/in-network-rates-no-npi.json"));

        var error = Assert.Throws<IngestionException>(() => TableOfContentsReader.Read(stream, "rates.json"));

        Assert.Equal("rates.json", error.Source);
        Assert.Matches(@"^byte \d+, \$\.in_network$", error.Location);
        Assert.Equal("this is an in-network-rates file, not a table of contents: use ingest tic", error.Problem);
    }
}
