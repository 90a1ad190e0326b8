using System.Text;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Ingestion.Tests.Tic;

/// <summary>Small inline in-network files for the rule tests, and the one way every test runs the reader.</summary>
public static class TicFixture
{
    /// <summary>One provider group with EIN 11-1111111.</summary>
    public const string OneTin = """
        "provider_groups": [{ "npi": [1111111111], "tin": { "type": "ein", "value": "11-1111111" } }]
        """;

    /// <summary>Reads <paramref name="json"/> with the given buffer size.</summary>
    public static RecordingSink Read(string json, int bufferSize) => Read(Encoding.UTF8.GetBytes(json), "fixture.json", bufferSize);

    /// <summary>
    /// Reads <paramref name="bytes"/> in one pass, then again with the parallel reader cutting every element into its own
    /// piece and with its default pieces, and requires all three to report the same (or fail with the same error).
    /// </summary>
    public static RecordingSink Read(byte[] bytes, string sourceName, int bufferSize)
    {
        var (sink, error) = ReadOnce(bytes, sourceName, new TicInNetworkReader(bufferSize));
        foreach (var parallel in new[] { new TicInNetworkReader(bufferSize, parsers: 3, pieceBytes: 0), new TicInNetworkReader(bufferSize, parsers: 2) })
        {
            var (parallelSink, parallelError) = ReadOnce(bytes, sourceName, parallel);
            Assert.Equal(error?.Message, parallelError?.Message);
            Assert.Equal(Transcript(sink), Transcript(parallelSink));
        }

        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        return sink;
    }

    private static (RecordingSink Sink, IngestionException? Error) ReadOnce(byte[] bytes, string sourceName, TicInNetworkReader reader)
    {
        var sink = new RecordingSink();
        try
        {
            reader.Read(new MemoryStream(bytes), sourceName, sink);
            return (sink, null);
        }
        catch (IngestionException e)
        {
            return (sink, e);
        }
    }

    // Everything a sink was told, in order within each kind; a failed read is compared only by its error.
    private static List<string> Transcript(RecordingSink sink) =>
        [sink.HeaderLine ?? "(no header)", .. sink.FeeLines, "--", .. sink.SeparateLines, "--", .. sink.ArrangementLines, "--", .. sink.RejectionLines];

    /// <summary>Reads <paramref name="json"/> as <c>bad.json</c> and returns the error it must raise.</summary>
    public static IngestionException ReadFails(string json, int bufferSize) =>
        ReadFails(Encoding.UTF8.GetBytes(json), "bad.json", bufferSize);

    public static IngestionException ReadFails(byte[] bytes, string sourceName, int bufferSize) =>
        Assert.Throws<IngestionException>(() => Read(bytes, sourceName, bufferSize));

    /// <summary>The byte offset of the first <paramref name="token"/> in <paramref name="json"/>.</summary>
    public static long OffsetOf(string json, string token) => Encoding.UTF8.GetByteCount(json[..json.IndexOf(token, StringComparison.Ordinal)]);

    /// <summary>A 1.3.1 file last updated 2024-01-15 around the given <c>in_network</c> items.</summary>
    public static string File(string items, string rootExtras = "") => $$"""
        {
          "reporting_entity_name": "Fixture Health",
          "reporting_entity_type": "health insurance issuer",
          "last_updated_on": "2024-01-15",
          "version": "1.3.1",{{rootExtras}}
          "in_network": [{{items}}]
        }
        """;

    /// <summary>An <c>in_network</c> item around the given <c>negotiated_rates</c> objects.</summary>
    public static string Item(string rates, string code = "99213", string codeType = "CPT", string arrangement = "ffs") => $$"""
        {
          "negotiation_arrangement": "{{arrangement}}",
          "name": "Fixture item",
          "billing_code_type": "{{codeType}}",
          "billing_code_type_version": "2024",
          "billing_code": "{{code}}",
          "description": "Fixture description",
          "negotiated_rates": [{{rates}}]
        }
        """;

    /// <summary>A <c>negotiated_rates</c> object: <paramref name="providers"/> is its provider_groups/provider_references part.</summary>
    public static string Rate(string prices, string providers = OneTin) => $$"""
        { {{providers}}, "negotiated_prices": [{{prices}}] }
        """;

    /// <summary>A <c>negotiated_prices</c> object; <paramref name="extras"/> are more properties, each followed by a comma.</summary>
    public static string Price(
        string rate = "100.00",
        string type = "negotiated",
        string billingClass = "professional",
        string expiration = "9999-12-31",
        string extras = "") => $$"""
        { {{extras}}"negotiated_type": "{{type}}", "negotiated_rate": {{rate}}, "expiration_date": "{{expiration}}", "service_code": ["11"], "billing_class": "{{billingClass}}" }
        """;
}
