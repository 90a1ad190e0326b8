using System.IO.Compression;
using System.Text;
using CptGraph.Ingestion.Demo;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Ingestion.Tests.Tic;

// The parallel reader against the one-pass reader on inputs large enough for many pieces: the sink must be told the
// same things in the same order, whatever the piece size, buffer size, spill threshold or compression.
public sealed class TicParallelReaderTests
{
    [Theory]
    [MemberData(nameof(TicInNetworkReaderTests.InNetworkExamples), MemberType = typeof(TicInNetworkReaderTests))]
    public void EveryCmsExample_ReadsTheSameInParallel_WhenEverythingSpills(string example, int bufferSize)
    {
        byte[] bytes = TicExamples.Bytes(example);

        var expected = Read(bytes, new TicInNetworkReader(bufferSize, 0));
        var parallel = Read(bytes, new TicInNetworkReader(bufferSize, 0, parsers: 2, pieceBytes: 0));

        Assert.Equal(expected, parallel);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(false, 4096)]
    [InlineData(true, 0)]
    [InlineData(true, 65536)]
    public void DemoFile_ReadsTheSameInParallel_PlainAndGzip(bool gzip, long pieceBytes)
    {
        // Arrange: 30 codes × 400 provider groups, references first (the generator's order).
        byte[] bytes = DemoFile(gzip, referencesLast: false);

        // Act
        var expected = Read(bytes, new TicInNetworkReader());
        var parallel = Read(bytes, new TicInNetworkReader(parsers: 3, pieceBytes: pieceBytes));

        // Assert
        Assert.True(expected.Count(l => l.StartsWith("fee ", StringComparison.Ordinal)) >= 30 * 400);
        Assert.Equal(expected, parallel);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    public void ReferencesAndRootFactsAfterInNetwork_ReadTheSameInParallel(long spillThreshold)
    {
        // Arrange: the same file with provider_references and the root facts moved after in_network.
        byte[] bytes = DemoFile(gzip: false, referencesLast: true);

        // Act
        var expected = Read(bytes, new TicInNetworkReader(spillThresholdBytes: spillThreshold));
        var parallel = Read(bytes, new TicInNetworkReader(spillThresholdBytes: spillThreshold, parsers: 2, pieceBytes: 2048));

        // Assert
        Assert.True(expected.Count > 1000);
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void BadValueInALatePiece_FailsWithTheSameOffsetAndPath()
    {
        // Arrange: one negotiated_rate three quarters into the file turned into a string.
        string text = Encoding.UTF8.GetString(DemoFile(gzip: false, referencesLast: false));
        int at = text.IndexOf("\"negotiated_rate\":", text.Length * 3 / 4, StringComparison.Ordinal) + "\"negotiated_rate\":".Length;
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), "\"x\",", text.AsSpan(text.IndexOf(',', at) + 1)));

        // Act
        var sequential = Assert.Throws<IngestionException>(() => Read(bytes, new TicInNetworkReader()));
        var parallel = Assert.Throws<IngestionException>(() => Read(bytes, new TicInNetworkReader(parsers: 2, pieceBytes: 4096)));

        // Assert
        Assert.Equal(sequential.Message, parallel.Message);
        Assert.Equal($"byte {at}", sequential.Location.Split(',')[0]);
        Assert.Matches(@"\$\.in_network\[\d+\]\.negotiated_rates\[\d+\]\.negotiated_prices\[0\]\.negotiated_rate$", parallel.Location);
    }

    [Fact]
    public void DuplicateReferenceInALatePiece_FailsAtTheSameElement()
    {
        // Arrange: the last provider reference repeats the first one's id.
        string text = Encoding.UTF8.GetString(DemoFile(gzip: false, referencesLast: false));
        int last = text.LastIndexOf("\"provider_group_id\":400", StringComparison.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, last), "\"provider_group_id\":1", text.AsSpan(last + "\"provider_group_id\":400".Length)));

        // Act
        var sequential = Assert.Throws<IngestionException>(() => Read(bytes, new TicInNetworkReader()));
        var parallel = Assert.Throws<IngestionException>(() => Read(bytes, new TicInNetworkReader(parsers: 2, pieceBytes: 1024)));

        // Assert
        Assert.EndsWith("$.provider_references[399]", sequential.Location);
        Assert.Equal(sequential.Message, parallel.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OneBigItem_HasItsNegotiatedRatesCutIntoPieces_AndReadsTheSame(bool referencesLast)
    {
        // Arrange: one code × 3,000 provider groups: one in_network item of ~600 KB, cut into ~4 KB entry pieces.
        byte[] bytes = DemoFile(gzip: false, referencesLast, codes: 1, providers: 3000);

        // Act
        var expected = Read(bytes, new TicInNetworkReader());
        var parallel = Read(bytes, new TicInNetworkReader(parsers: 2, pieceBytes: 4096));

        // Assert
        Assert.True(expected.Count(l => l.StartsWith("fee ", StringComparison.Ordinal)) >= 3000);
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void OneBigItemWithItsFactsAfterItsRates_HoldsTheCutEntries_AndReadsTheSame()
    {
        // Arrange: the description moved after negotiated_rates, so no entry can be sent before the item's end.
        string text = Encoding.UTF8.GetString(DemoFile(gzip: false, referencesLast: false, codes: 1, providers: 3000));
        const string description = "\"description\":\"Synthetic demo rates; CPT descriptors are not included.\",";
        Assert.EndsWith("]}]}", text);
        text = text.Replace(description, "", StringComparison.Ordinal)[..^4] + "],\"description\":\"late\"}]}";
        byte[] bytes = Encoding.UTF8.GetBytes(text);

        // Act
        var expected = Read(bytes, new TicInNetworkReader());
        var parallel = Read(bytes, new TicInNetworkReader(parsers: 2, pieceBytes: 4096));

        // Assert
        Assert.Contains(expected, l => l.StartsWith("fee ", StringComparison.Ordinal));
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void BadValueDeepInOneBigItem_FailsWithTheSameOffsetAndPath()
    {
        // Arrange
        string text = Encoding.UTF8.GetString(DemoFile(gzip: false, referencesLast: false, codes: 1, providers: 3000));
        int at = text.IndexOf("\"billing_class\":", text.Length * 4 / 5, StringComparison.Ordinal) + "\"billing_class\":".Length;
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), "\"somewhere\"", text.AsSpan(text.IndexOf('"', at + 1) + 1)));

        // Act
        var sequential = Assert.Throws<IngestionException>(() => Read(bytes, new TicInNetworkReader()));
        var parallel = Assert.Throws<IngestionException>(() => Read(bytes, new TicInNetworkReader(parsers: 2, pieceBytes: 4096)));

        // Assert
        Assert.Equal("unknown billing_class 'somewhere'", sequential.Problem);
        Assert.Matches(@"\$\.in_network\[0\]\.negotiated_rates\[\d{4}\]\.negotiated_prices\[0\]\.billing_class$", sequential.Location);
        Assert.Equal(sequential.Message, parallel.Message);
    }

    [Fact]
    public void CutGzipWithBadJsonBeforeTheCut_BlamesTheJson_AndACutAloneSaysTruncated()
    {
        // Arrange: a syntax error a quarter into the file, then the gzip cut at 80 %.
        string text = Encoding.UTF8.GetString(DemoFile(gzip: false, referencesLast: false));
        int at = text.IndexOf("\"negotiated_rate\":", text.Length / 4, StringComparison.Ordinal) + "\"negotiated_rate\":".Length;
        byte[] broken = Gzip(Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), "x", text.AsSpan(at + 1))));
        byte[] cut = Gzip(Encoding.UTF8.GetBytes(text));

        // Act
        var sequential = Assert.Throws<IngestionException>(() => Read(broken[..(broken.Length * 8 / 10)], new TicInNetworkReader()));
        var parallel = Assert.Throws<IngestionException>(() => Read(broken[..(broken.Length * 8 / 10)], new TicInNetworkReader(parsers: 2, pieceBytes: 4096)));
        var truncated = Assert.Throws<IngestionException>(() => Read(cut[..(cut.Length * 8 / 10)], new TicInNetworkReader(parsers: 2, pieceBytes: 4096)));
        var truncatedSequential = Assert.Throws<IngestionException>(() => Read(cut[..(cut.Length * 8 / 10)], new TicInNetworkReader()));

        // Assert
        Assert.StartsWith("malformed JSON: ", sequential.Problem);
        Assert.Equal($"byte {at}", sequential.Location.Split(',')[0]);
        Assert.Equal(sequential.Message, parallel.Message);
        Assert.StartsWith("the compressed stream ended early (truncated download?)", truncated.Problem);
        Assert.Equal(truncatedSequential.Message, truncated.Message);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(bytes);
        }

        return compressed.ToArray();
    }

    private static List<string> Read(byte[] bytes, TicInNetworkReader reader)
    {
        var sink = new RecordingSink();
        reader.Read(new MemoryStream(bytes), "demo.json", sink);
        return
        [
            sink.HeaderLine ?? "(no header)",
            .. sink.FeeLines.Select(l => "fee " + l),
            .. sink.SeparateLines.Select(l => "separate " + l),
            .. sink.ArrangementLines.Select(l => "arrangement " + l),
            .. sink.RejectionLines,
        ];
    }

    private static byte[] DemoFile(bool gzip, bool referencesLast, int codes = 30, int providers = 400)
    {
        var rates = Enumerable.Range(0, codes).Select(i => new DemoBaseRate((99201 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), 50m + i)).ToList();
        var options = new DemoTicOptions("Aetna Life Insurance Company", new DateOnly(2026, 10, 1), rates, providers, Seed: 7);
        using var json = new MemoryStream();
        DemoTicGenerator.WriteAsync(options, json).GetAwaiter().GetResult();
        byte[] bytes = json.ToArray();
        if (referencesLast)
        {
            bytes = MoveReferencesAndFactsLast(Encoding.UTF8.GetString(bytes));
        }

        return gzip ? Gzip(bytes) : bytes;
    }

    // {facts..., "provider_references":[...], "in_network":[...]} → {"in_network":[...], "provider_references":[...], facts...}
    private static byte[] MoveReferencesAndFactsLast(string text)
    {
        int references = text.IndexOf(",\"provider_references\":", StringComparison.Ordinal);
        int inNetwork = text.IndexOf(",\"in_network\":", StringComparison.Ordinal);
        string facts = text[1..references];
        string referencesPart = text[(references + 1)..inNetwork];
        string inNetworkPart = text[(inNetwork + 1)..^1];
        return Encoding.UTF8.GetBytes("{" + inNetworkPart + "," + referencesPart + "," + facts + "}");
    }
}
