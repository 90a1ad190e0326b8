using System.IO.Compression;
using System.Text.Json;

namespace CptGraph.Server.Tests.Cli;

/// <summary>Small TiC files built in code, for tests of inputs, remote reads and run records.</summary>
public static class TicFixtures
{
    /// <summary>
    /// A v2 in-network file: <paramref name="codes"/> CPT codes from 10021 up, each with one professional price
    /// (<c>20 + code index</c> dollars) for the <paramref name="tins"/> TINs of provider group 1.
    /// </summary>
    public static string InNetwork(string entity, int codes, int tins, string lastUpdatedOn = "2026-09-01") => JsonSerializer.Serialize(new
    {
        reporting_entity_name = entity,
        reporting_entity_type = "health insurance issuer",
        plan_name = "Fixture PPO",
        plan_id = "12-3456789",
        plan_market_type = "group",
        version = "2.0.0",
        last_updated_on = lastUpdatedOn,
        provider_references = new[]
        {
            new
            {
                provider_group_id = 1,
                network_name = new[] { "Test" },
                provider_groups = Enumerable.Range(0, tins).Select(t => new { npi = new[] { 1111111111 + t }, tin = new { type = "ein", value = $"11-{1000000 + t}", business_name = "Test Group" } }),
            },
        },
        in_network = Enumerable.Range(0, codes).Select(i => new
        {
            negotiation_arrangement = "ffs", name = "test", billing_code_type = "CPT", billing_code_type_version = "2026", billing_code = (10021 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), description = "test",
            negotiated_rates = new[] { new { provider_references = new[] { 1 }, negotiated_prices = new[] { new { negotiated_type = "negotiated", negotiated_rate = 20m + i, expiration_date = "9999-12-31", service_code = new[] { "11" }, billing_class = "professional", setting = "outpatient" } } } },
        }),
    });

    /// <summary>
    /// A v1 file whose provider groups live in remote provider-reference files: 99214 is priced for group 1
    /// (<paramref name="first"/>), 99215 for group 2 (<paramref name="second"/>), 99213 for both.
    /// </summary>
    public static string WithRemoteReferences(Uri first, Uri second) => JsonSerializer.Serialize(new
    {
        reporting_entity_name = "Aetna Life Insurance Company",
        reporting_entity_type = "health insurance issuer",
        version = "1.3.1",
        last_updated_on = "2026-09-01",
        provider_references = new[]
        {
            new { provider_group_id = 1, location = first.AbsoluteUri },
            new { provider_group_id = 2, location = second.AbsoluteUri },
        },
        in_network = new[] { ("99214", new[] { 1 }, 120m), ("99215", new[] { 2 }, 150m), ("99213", new[] { 1, 2 }, 90m) }.Select(r => new
        {
            negotiation_arrangement = "ffs", name = "office visit", billing_code_type = "CPT", billing_code_type_version = "2026", billing_code = r.Item1, description = "office visit",
            negotiated_rates = new[] { new { provider_references = r.Item2, negotiated_prices = new[] { new { negotiated_type = "negotiated", negotiated_rate = r.Item3, expiration_date = "9999-12-31", service_code = new[] { "11" }, billing_class = "professional" } } } },
        }),
    });

    /// <summary>A provider-reference file (what a v1 <c>location</c> URL returns) with one group per TIN.</summary>
    public static string ProviderReferenceFile(params string[] tins) => JsonSerializer.Serialize(new
    {
        provider_groups = tins.Select(t => new { npi = new[] { 1234567890 }, tin = new { type = "ein", value = t } }),
        version = "1.3.1",
    });

    public static byte[] Gzip(string json)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(json));
        }

        return compressed.ToArray();
    }
}
