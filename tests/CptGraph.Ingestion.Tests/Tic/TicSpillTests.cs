using System.Text;
using CptGraph.Ingestion;
using CptGraph.Ingestion.Tic;
using static CptGraph.Ingestion.Tests.Tic.TicFixture;

namespace CptGraph.Ingestion.Tests.Tic;

// Entries waiting for late provider_references or late root facts spill to a temporary file past a size
// threshold. Spilling must change nothing but where they wait: these tests force it with a threshold of 0.
public sealed class TicSpillTests
{
    [Theory]
    [BufferSizes]
    public void SpilledEntriesGiveTheSameOutputAsHeldOnes(int bufferSize)
    {
        // Arrange: everything waits — root facts and provider_references come after in_network, and an
        // arrangement, a modifier, an expiry and a separate (percentage) rate are held between rates.
        string bundle = """
            {
              "negotiation_arrangement": "bundle", "name": "Knee", "billing_code_type": "CPT", "billing_code": "27447",
              "negotiated_rates": [{ "provider_references": [7], "negotiated_prices": [
                { "negotiated_type": "negotiated", "negotiated_rate": 20000, "expiration_date": "9999-12-31", "billing_class": "professional" }] }],
              "bundled_codes": [{ "billing_code_type": "CPT", "billing_code": "27446" }]
            }
            """;
        string json = $$"""
            {
              "in_network": [
                {{Item(Rate(Price("10.25", expiration: "2024-01-01") + "," + Price("11.5"), """ "provider_references": [7, 8] """))}},
                {{bundle}},
                {{Item(Rate("""{ "negotiated_type": "percentage", "negotiated_rate": 55.5, "expiration_date": "9999-12-31", "billing_class": "institutional", "billing_code_modifier": ["59"] }""", """ "provider_references": [8] """), code: "96375")}}
              ],
              "reporting_entity_name": "Late Payer", "reporting_entity_type": "TPA", "version": "1.0.0", "last_updated_on": "2024-07-01",
              "provider_references": [
                { "provider_group_id": 7, "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "77-7777777" } }] },
                { "provider_group_id": 8, "provider_groups": [{ "npi": [2], "tin": { "type": "npi", "value": "2222222222" } }] }]
            }
            """;

        // Act
        RecordingSink held = ReadWithThreshold(json, bufferSize, long.MaxValue);
        RecordingSink spilled = ReadWithThreshold(json, bufferSize, 0);

        // Assert: same header, rates, separate rates, arrangements and rejections, in the same order.
        Assert.Equal(
            [
                "99213 CPT [] Professional tin:ein:77-7777777 11.5 negotiated",
                "99213 CPT [] Professional tin:npi:2222222222 11.5 negotiated",
            ],
            spilled.FeeLines);
        Assert.Equal(held.FeeLines, spilled.FeeLines);
        Assert.Equal(["96375 CPT Percentage 55.5 [59] Institutional tin:npi:2222222222"], spilled.SeparateLines);
        Assert.Equal(held.ArrangementLines, spilled.ArrangementLines);
        Assert.Single(spilled.Arrangements);
        Assert.Equal(held.RejectionLines, spilled.RejectionLines);
        Assert.Equal(["Expired=2", "NonFfs=1"], spilled.RejectionLines);
        Assert.Equal(held.HeaderLine, spilled.HeaderLine);
    }

    [Theory]
    [MemberData(nameof(TicInNetworkReaderTests.InNetworkExamples), MemberType = typeof(TicInNetworkReaderTests))]
    public void EveryCmsExampleReadsTheSameWhenEverythingSpills(string example, int bufferSize)
    {
        // Arrange
        byte[] bytes = TicExamples.Bytes(example);

        // Act
        var held = new RecordingSink();
        new TicInNetworkReader(bufferSize, long.MaxValue).Read(new MemoryStream(bytes), example, held);
        var spilled = new RecordingSink();
        new TicInNetworkReader(bufferSize, 0).Read(new MemoryStream(bytes), example, spilled);

        // Assert
        Assert.Equal(held.FeeLines, spilled.FeeLines);
        Assert.Equal(held.SeparateLines, spilled.SeparateLines);
        Assert.Equal(held.ArrangementLines, spilled.ArrangementLines);
        Assert.Equal(held.RejectionLines, spilled.RejectionLines);
    }

    [Fact]
    public void TheSpillFileLeavesNothingInTheTempFolder()
    {
        // Arrange
        string json = Item(Rate(Price("42"), """ "provider_references": [7] """));
        string file = $$"""
            { "in_network": [{{json}}], "reporting_entity_name": "X", "last_updated_on": "2024-01-01", "version": "1.0.0",
              "provider_references": [{ "provider_group_id": 7, "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "77-7777777" } }] }] }
            """;
        var before = Directory.GetFiles(Path.GetTempPath(), "cptgraph-spill-*").Length;

        // Act
        RecordingSink sink = ReadWithThreshold(file, 4096, 0);

        // Assert: the file was unlinked when it was opened, so none is left even while reading.
        Assert.Single(sink.FeeRates);
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "cptgraph-spill-*").Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ProviderGroupsOnDiskResolveAsInMemory(int parsers)
    {
        // Arrange: references first and last, a group with two TINs (one repeated), a group with no groups, an
        // unknown id and an entry naming the same group twice. A threshold of 0 puts every group in the on-disk store.
        string references = """
            "provider_references": [
              { "provider_group_id": 7, "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "77-7777777" } },
                { "npi": [2], "tin": { "type": "ein", "value": "88-8888888" } }, { "npi": [3], "tin": { "type": "ein", "value": "77-7777777" } }] },
              { "provider_group_id": 8.0, "provider_groups": [{ "npi": [4], "tin": { "type": "npi", "value": "Ünïcode-1" } }] },
              { "provider_group_id": 9 }]
            """;
        string inNetwork = $$"""
            "in_network": [{{Item(Rate(Price("10"), """ "provider_references": [7, 8.0, 9, 10, 7] """))}}]
            """;
        foreach (string json in new[] { $"{{ {references}, {inNetwork} }}", $"{{ {inNetwork}, {references} }}" })
        {
            // Act
            RecordingSink inMemory = Read(json, long.MaxValue, parsers);
            RecordingSink onDisk = Read(json, 0, parsers);

            // Assert
            Assert.Equal(
                [
                    "99213 CPT [] Professional tin:ein:77-7777777 10 negotiated",
                    "99213 CPT [] Professional tin:ein:88-8888888 10 negotiated",
                    "99213 CPT [] Professional tin:npi:Ünïcode-1 10 negotiated",
                ],
                onDisk.FeeLines);
            Assert.Equal(inMemory.FeeLines, onDisk.FeeLines);
            Assert.Equal(["UnresolvedProvider=2"], onDisk.RejectionLines);
            Assert.Equal(inMemory.RejectionLines, onDisk.RejectionLines);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ADuplicateGroupIdIsRejectedOnDiskToo(int parsers)
    {
        // Arrange
        string json = $$"""
            { "provider_references": [{ "provider_group_id": 7, "provider_groups": [] }, { "provider_group_id": 7, "provider_groups": [] }],
              "in_network": [{{Item(Rate(Price("10"), """ "provider_references": [7] """))}}] }
            """;

        // Act
        var error = Assert.Throws<IngestionException>(() => Read(json, 0, parsers));

        // Assert
        Assert.Contains("duplicate provider_group_id 7", error.Message);
    }

    private static RecordingSink Read(string json, long threshold, int parsers)
    {
        var sink = new RecordingSink();
        new TicInNetworkReader(4096, threshold, parsers, pieceBytes: 0).Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "refs.json", sink);
        return sink;
    }

    private static RecordingSink ReadWithThreshold(string json, int bufferSize, long threshold)
    {
        var sink = new RecordingSink();
        new TicInNetworkReader(bufferSize, threshold).Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "spill.json", sink);
        return sink;
    }
}
