using System.Text;
using static CptGraph.Ingestion.Tests.Tic.TicFixture;

namespace CptGraph.Ingestion.Tests.Tic;

// Bad input: every error names the file, the byte offset and JSON path, and what was wrong.
public sealed partial class TicInNetworkReaderTests
{
    private const string PricePath = "$.in_network[0].negotiated_rates[0].negotiated_prices[0]";

    [Theory]
    [BufferSizes]
    public void StringWhereANumberIsRequiredNamesFieldOffsetAndPath(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price("\"150\""))));

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal("bad.json", error.Source);
        Assert.Equal($"byte {OffsetOf(json, "\"150\"")}, {PricePath}.negotiated_rate", error.Location);
        Assert.Equal("expected a number for negotiated_rate but found String", error.Problem);
        Assert.Equal($"bad.json: {error.Location}: {error.Problem}", error.Message);
    }

    [Theory]
    [BufferSizes]
    public void UnsupportedSchemaVersionStopsTheFile(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price()))).Replace("\"1.3.1\"", "\"3.0.0\"");

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal("bad.json", error.Source);
        Assert.Equal($"byte {OffsetOf(json, "\"3.0.0\"")}, $.version", error.Location);
        Assert.Equal("unsupported schema version '3.0.0'", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void UnknownBillingClassStopsTheFile(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price(billingClass: "outpatient"))));

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal("bad.json", error.Source);
        Assert.Equal($"byte {OffsetOf(json, "\"outpatient\"")}, {PricePath}.billing_class", error.Location);
        Assert.Equal("unknown billing_class 'outpatient'", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void UnknownNegotiatedTypeStopsTheFile(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price("10") + "," + Price(type: "capitated"))));

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal($"byte {OffsetOf(json, "\"capitated\"")}, $.in_network[0].negotiated_rates[0].negotiated_prices[1].negotiated_type", error.Location);
        Assert.Equal("unknown negotiated_type 'capitated'", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void BadDateStopsTheFile(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price(expiration: "12/31/2025"))));

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal($"byte {OffsetOf(json, "\"12/31/2025\"")}, {PricePath}.expiration_date", error.Location);
        Assert.Equal("expected a yyyy-MM-dd date for expiration_date but found '12/31/2025'", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void ObjectWhereAStringIsRequiredStopsTheFile(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price()), code: "99213\", \"billing_code_type\": {\"x\": 1}, \"y\": \"z"));

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal($"byte {OffsetOf(json, "{\"x\"")}, $.in_network[0].billing_code_type", error.Location);
        Assert.Equal("expected a string for billing_code_type but found StartObject", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void TruncatedJsonIsReportedAtTheEnd(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price("150.25"))));
        string truncated = json[..(json.IndexOf("150.25", StringComparison.Ordinal) + "150.25,".Length)];

        // Act
        IngestionException error = ReadFails(truncated, bufferSize);

        // Assert
        Assert.Equal("bad.json", error.Source);
        Assert.Matches(@"^byte \d+, \$\.in_network\[0\]\.negotiated_rates\[0\]\.negotiated_prices\[0\]\.negotiated_rate$", error.Location);
        Assert.InRange(ByteOffset(error), OffsetOf(json, "150.25"), Encoding.UTF8.GetByteCount(truncated));
        Assert.StartsWith("malformed JSON: ", error.Problem);
        Assert.Contains("reached end of data", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void InvalidJsonMidFileIsReportedWhereItOccurs(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price("10")) + "," + Rate(Price("20")))).Replace("\"negotiated_rate\": 20,", "\"negotiated_rate\": 20 \"oops\",");

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal("bad.json", error.Source);
        Assert.Matches(@"^byte \d+, \$\.in_network\[0\]\.negotiated_rates\[1\]\.negotiated_prices\[0\]\.negotiated_rate$", error.Location);
        Assert.InRange(ByteOffset(error), OffsetOf(json, " 20 \"oops\""), OffsetOf(json, "\"oops\""));
        Assert.StartsWith("malformed JSON: ", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void TruncatedGzipIsReported(int bufferSize)
    {
        // Arrange
        byte[] gzipped = Gzip(TicExamples.Bytes("v2.2.0/in-network-rates/in-network-rates-all-negotiated-types-sample.json"));
        byte[] truncated = gzipped[..(gzipped.Length / 2)];

        // Act
        IngestionException error = ReadFails(truncated, "rates.json.gz", bufferSize);

        // Assert
        Assert.Equal("rates.json.gz", error.Source);
        Assert.Matches(@"^byte \d+, \$\.in_network\[\d\]", error.Location);
        // GZipStream ends quietly at a cut; the trailer check says so instead of blaming the JSON at the cut.
        Assert.StartsWith($"the compressed stream ended early (truncated download?) after {truncated.Length} compressed bytes; the JSON stops at byte ", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void GzipOfCutJsonBlamesTheJson(int bufferSize)
    {
        // Arrange: the gzip file is whole, the JSON inside it was cut before compressing.
        byte[] json = TicExamples.Bytes("v2.2.0/in-network-rates/in-network-rates-all-negotiated-types-sample.json");
        byte[] gzipped = Gzip(json[..(json.Length / 2)]);

        // Act
        IngestionException error = ReadFails(gzipped, "rates.json.gz", bufferSize);

        // Assert
        Assert.StartsWith("malformed JSON: ", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void CorruptGzipIsReported(int bufferSize)
    {
        // Arrange
        byte[] gzipped = Gzip(TicExamples.Bytes("v2.2.0/in-network-rates/in-network-rates-all-negotiated-types-sample.json"));
        for (int i = 20; i < 60; i++)
        {
            gzipped[i] ^= 0x5a;
        }

        // Act
        IngestionException error = ReadFails(gzipped, "rates.bin", bufferSize);

        // Assert
        Assert.Equal("rates.bin", error.Source);
        Assert.Matches(@"^byte \d+, \$", error.Location);
        Assert.StartsWith("could not read the input: ", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void EmptyInputIsMalformed(int bufferSize)
    {
        // Arrange, Act
        IngestionException error = ReadFails("", bufferSize);

        // Assert
        Assert.Equal("byte 0, $", error.Location);
        Assert.StartsWith("malformed JSON: ", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void JsonWithoutInNetworkIsNotAnInNetworkFile(int bufferSize)
    {
        // Arrange
        string json = """{ "reporting_entity_name": "x", "version": "1.0.0", "something": [1, 2] }""";

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal($"byte {json.Length}, $", error.Location);
        Assert.Equal("no in_network array: this is not an in-network-rates file", error.Problem);
    }

    [Theory]
    [BufferSizes]
    public void MissingNegotiatedRateIsReportedAtThePrice(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate("""{ "negotiated_type": "negotiated", "billing_class": "professional" }""")));

        // Act
        IngestionException error = ReadFails(json, bufferSize);

        // Assert
        Assert.Equal($"byte {OffsetOf(json, "\"professional\" }") + "\"professional\" ".Length}, {PricePath}", error.Location);
        Assert.Equal("negotiated price has no negotiated_rate", error.Problem);
    }

    private static long ByteOffset(IngestionException error) =>
        long.Parse(error.Location["byte ".Length..error.Location.IndexOf(',')], System.Globalization.CultureInfo.InvariantCulture);
}
