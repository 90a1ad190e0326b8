using System.IO.Compression;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Ingestion.Tests.Tic;

// The CMS example files, with every output worked out by hand from the JSON.
public sealed partial class TicInNetworkReaderTests
{
    private const string A = "tin:ein:11-1111111";
    private const string B = "tin:ein:22-2222222";

    private static readonly Dictionary<string, Expectation> Examples = new()
    {
        ["v1.6.2/in-network-rates/in-network-rates-bundle-single-plan-sample.json"] = new(
            "cms|cms|1.0.0|2020-08-27|medicare|0000000000|individual",
            Arrangements: ["bundle ICD:81.54 -> CPT:27447,CPT:27446 (2)"],
            Rejections: ["NonFfs=3"]),
        ["v1.6.2/in-network-rates/in-network-rates-capitation-single-plan-sample.json"] = new(
            "cms|cms|1.0.0|2020-08-27|medicaid|1111111111|individual",
            Arrangements: ["capitation CPT:27447 -> CPT:27447,CPT:27446 (2)"],
            Rejections: ["NonFfs=3"]),
        ["v1.6.2/in-network-rates/in-network-rates-fee-for-service-single-plan-sample.json"] = new(
            "medicare|medicare|1.2.0|2020-08-27|medicaid|1111111111|individual",
            Fees:
            [
                $"27447 CPT [AS] Professional {A} 123.45 negotiated", $"27447 CPT [AS] Professional {B} 123.45 negotiated",
                $"27447 CPT [] Institutional {A} 1230.45 negotiated", $"27447 CPT [] Institutional {B} 1230.45 negotiated",
                $"27447 CPT [] Professional {B} 120.45 negotiated",
                $"27448 CPT [] Professional {A} 12003.45 negotiated", $"27448 CPT [] Professional {B} 12003.45 negotiated",
                "27448 CPT [] Institutional tin:npi:6666666666 12.45 negotiated",
            ]),
        ["v1.6.2/in-network-rates/in-network-rates-multiple-plans-sample.json"] = new(
            "cms|cms|1.0.0|2020-08-27|||",
            Fees:
            [
                $"27447 CPT [AS] Professional {A} 123.45 negotiated", $"27447 CPT [AS] Professional {B} 123.45 negotiated",
                $"27447 CPT [] Institutional {A} 1230.45 negotiated", $"27447 CPT [] Institutional {B} 1230.45 negotiated",
                $"27447 CPT [] Professional {B} 120.45 negotiated", $"27447 CPT [] Both {B} 120.45 derived",
                $"27448 CPT [] Professional {A} 12003.45 negotiated", $"27448 CPT [] Professional {B} 12003.45 negotiated",
                "27448 CPT [] Institutional tin:npi:6666666666 12.45 negotiated",
            ]),
        ["v1.6.2/in-network-rates/in-network-rates-no-npi.json"] = new(
            "medicare|medicare|1.0.0|2020-08-27|medicaid|1111111111|individual",
            Fees: [$"27447 CPT [] Institutional {A} 123.45 negotiated"]),
        ["v2.2.0/in-network-rates/in-network-rates-all-negotiated-types-sample.json"] = new(
            "Comprehensive Health Insurance|health insurance issuer|2.0.0|2024-01-15|Plan D PPO|4444444444|group",
            Fees:
            [
                "99214 CPT [] Professional tin:ein:12-3456789 150 negotiated", "99214 CPT [] Professional tin:ein:23-4567890 150 negotiated",
                "80053 CPT [] Professional tin:ein:12-3456789 45 derived", "80053 CPT [] Professional tin:ein:23-4567890 45 derived",
                "27447 CPT [] Professional tin:ein:12-3456789 8500 fee schedule", "27447 CPT [] Professional tin:ein:23-4567890 8500 fee schedule",
                "27447 CPT [] Professional tin:ein:34-5678901 8500 fee schedule",
                "27447 CPT [] Institutional tin:ein:12-3456789 12000 negotiated", "27447 CPT [] Institutional tin:ein:23-4567890 12000 negotiated",
                "27447 CPT [] Institutional tin:ein:34-5678901 12000 negotiated",
                "99285 CPT [] Institutional tin:ein:34-5678901 2500 negotiated",
            ],
            Separates:
            [
                "97110 CPT Percentage 65 [] Professional tin:ein:12-3456789", "97110 CPT Percentage 65 [] Professional tin:ein:23-4567890",
                "99285 CPT Percentage 75.5 [] Professional tin:ein:34-5678901",
            ],
            // RC 0200 per diem: billing_code_type is checked before negotiated_type.
            Rejections: ["OtherCodeType=1"]),
        ["v2.2.0/in-network-rates/in-network-rates-bundle-single-plan-sample.json"] = new(
            "cms|cms|2.0.0|2020-08-27|medicare|0000000000|individual",
            Arrangements: ["bundle ICD:81.54 -> CPT:27447,CPT:27446 (2)"],
            Rejections: ["NonFfs=4"]),
        ["v2.2.0/in-network-rates/in-network-rates-capitation-single-plan-sample.json"] = new(
            "cms|cms|2.0.0|2020-08-27|medicaid|1111111111|individual",
            Arrangements: ["capitation CPT:27447 -> CPT:27447,CPT:27446 (2)"],
            Rejections: ["NonFfs=4"]),
        ["v2.2.0/in-network-rates/in-network-rates-fee-for-service-single-plan-sample.json"] = new(
            "medicare|medicare|2.0.0|2020-08-27|Plan A PPO|1111111111|group",
            Fees:
            [
                $"27447 CPT [AS] Professional {A} 123.45 negotiated", $"27447 CPT [AS] Professional {B} 123.45 negotiated",
                $"27447 CPT [] Institutional {A} 1230.45 negotiated", $"27447 CPT [] Institutional {B} 1230.45 negotiated",
                $"27447 CPT [] Professional {A} 120.45 negotiated", $"27447 CPT [] Professional {B} 120.45 negotiated",
                $"27448 CPT [] Professional {A} 12003.45 negotiated", $"27448 CPT [] Professional {B} 12003.45 negotiated",
                $"27448 CPT [] Institutional {A} 12.45 negotiated", $"27448 CPT [] Institutional {B} 12.45 negotiated",
            ]),
        ["v2.2.0/in-network-rates/in-network-rates-multiple-plans-sample.json"] = new(
            "cms|cms|2.0.0|2020-08-27|||",
            Fees:
            [
                $"27447 CPT [AS] Professional {A} 123.45 negotiated", $"27447 CPT [AS] Professional {B} 123.45 negotiated",
                $"27447 CPT [] Institutional {A} 1230.45 negotiated", $"27447 CPT [] Institutional {B} 1230.45 negotiated",
                $"27447 CPT [] Professional {A} 120.45 negotiated", $"27447 CPT [] Professional {B} 120.45 negotiated",
                $"27447 CPT [] Both {A} 120.45 derived", $"27447 CPT [] Both {B} 120.45 derived",
                $"27448 CPT [] Professional {A} 12003.45 negotiated", $"27448 CPT [] Professional {B} 12003.45 negotiated",
                $"27448 CPT [] Institutional {A} 12.45 negotiated", $"27448 CPT [] Institutional {B} 12.45 negotiated",
            ]),
        ["v2.2.0/in-network-rates/in-network-rates-no-npi.json"] = new(
            "medicare|medicare|2.0.0|2020-08-27|medicaid|1111111111|individual",
            Fees: ["27447 CPT [] Institutional tin:npi:1234567890 123.45 negotiated"]),
    };

    public static TheoryData<string, int> InNetworkExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in TicExamples.OfType("in-network-rates"))
        {
            foreach (int size in BufferSizesAttribute.Sizes)
            {
                data.Add(file, size);
            }
        }

        return data;
    }

    public static TheoryData<string> OtherExamples() =>
        new(TicExamples.OfType("table-of-contents").Concat(TicExamples.OfType("allowed-amounts")).Concat(TicExamples.OfType("provider-reference")));

    [Fact]
    public void EveryInNetworkExampleHasAnExpectation()
    {
        // Arrange
        var files = TicExamples.OfType("in-network-rates").ToList();

        // Act
        var unexpected = files.Except(Examples.Keys).ToList();
        var missing = Examples.Keys.Except(files).ToList();

        // Assert
        Assert.Equal(11, files.Count);
        Assert.Empty(unexpected);
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(InNetworkExamples))]
    public void ReadsExampleFile(string file, int bufferSize)
    {
        // Arrange
        Expectation expected = Examples[file];

        // Act
        RecordingSink sink = TicFixture.Read(TicExamples.Bytes(file), file, bufferSize);

        // Assert
        Assert.Equal(expected.Header, sink.HeaderLine);
        Assert.Equal(expected.Fees ?? [], sink.FeeLines);
        Assert.Equal(expected.Separates ?? [], sink.SeparateLines);
        Assert.Equal(expected.Arrangements ?? [], sink.ArrangementLines);
        Assert.Equal(expected.Rejections ?? [], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void ReadsDescriptionOfTheItem(int bufferSize)
    {
        // Arrange
        const string file = "v1.6.2/in-network-rates/in-network-rates-fee-for-service-single-plan-sample.json";

        // Act
        RecordingSink sink = TicFixture.Read(TicExamples.Bytes(file), file, bufferSize);

        // Assert
        Assert.Equal("Arthroplasty, knee condyle and plateau, medial and lateral compartments", sink.FeeRates[0].Description);
        Assert.Equal(123.45m, sink.FeeRates[0].Amount);
    }

    [Theory]
    [BufferSizes]
    public void DetectsGzipByMagicBytesNotByName(int bufferSize)
    {
        // Arrange
        const string file = "v2.2.0/in-network-rates/in-network-rates-all-negotiated-types-sample.json";
        byte[] gzipped = Gzip(TicExamples.Bytes(file));

        // Act
        RecordingSink sink = TicFixture.Read(gzipped, "rates.json", bufferSize);

        // Assert
        Assert.Equal(0x1f, gzipped[0]);
        Assert.Equal(Examples[file].Fees, sink.FeeLines);
        Assert.Equal(Examples[file].Separates, sink.SeparateLines);
        Assert.Equal(["OtherCodeType=1"], sink.RejectionLines);
    }

    [Fact]
    public void ReadFileOpensAGzippedFileWhateverItsName()
    {
        // Arrange
        const string file = "v1.6.2/in-network-rates/in-network-rates-no-npi.json";
        string path = Path.Combine(Path.GetTempPath(), $"tic-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllBytes(path, Gzip(TicExamples.Bytes(file)));
        var sink = new RecordingSink();

        // Act
        try
        {
            new TicInNetworkReader().ReadFile(path, sink);
        }
        finally
        {
            System.IO.File.Delete(path);
        }

        // Assert
        Assert.Equal(Examples[file].Header, sink.HeaderLine);
        Assert.Equal(Examples[file].Fees, sink.FeeLines);
    }

    [Theory]
    [MemberData(nameof(OtherExamples))]
    public void RejectsOtherTicFileTypesWithAClearError(string file)
    {
        // Arrange
        string expectedType = file.Split('/')[1];

        // Act
        IngestionException error = TicFixture.ReadFails(TicExamples.Bytes(file), file, 16);

        // Assert
        Assert.Equal(file, error.Source);
        Assert.StartsWith($"this is a {expectedType} file", error.Problem);
        Assert.EndsWith("not an in-network-rates file", error.Problem);
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private sealed record Expectation(
        string Header,
        string[]? Fees = null,
        string[]? Separates = null,
        string[]? Arrangements = null,
        string[]? Rejections = null);
}
