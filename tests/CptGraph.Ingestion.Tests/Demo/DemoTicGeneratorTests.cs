using System.Security.Cryptography;
using System.Text.Json;
using CptGraph.Domain.Statistics;
using CptGraph.Ingestion.Demo;

namespace CptGraph.Ingestion.Tests.Demo;

public sealed class DemoTicGeneratorTests
{
    // 96375's 2026 Medicare national amount, and two more codes so in_network has several items.
    private static readonly DemoBaseRate[] Codes = [new("96375", 15.70m), new("96374", 39.41m), new("99213", 95.19m)];

    private static readonly DateOnly LastUpdated = new(2026, 7, 1);

    [Fact]
    public async Task Same_options_give_identical_bytes_and_another_seed_differs()
    {
        // Arrange
        var options = Options(providers: 120, seed: 42);

        // Act
        var first = SHA256.HashData(await GenerateAsync(options));
        var second = SHA256.HashData(await GenerateAsync(options));
        var reseeded = SHA256.HashData(await GenerateAsync(options with { Seed = 43 }));

        // Assert
        Assert.Equal(Convert.ToHexString(first), Convert.ToHexString(second));
        Assert.NotEqual(Convert.ToHexString(first), Convert.ToHexString(reseeded));
    }

    [Fact]
    public async Task Output_is_labelled_demo_schema_2_json()
    {
        // Arrange
        var options = Options(providers: 60, seed: 7);

        // Act
        using var document = JsonDocument.Parse(await GenerateAsync(options));
        var root = document.RootElement;

        // Assert
        Assert.Equal("Cigna Health and Life Insurance Company", root.GetProperty("reporting_entity_name").GetString());
        Assert.Equal("DEMO - synthetic", root.GetProperty("reporting_entity_type").GetString());
        Assert.Equal("CptGraph DEMO plan (synthetic rates, not real payer data)", root.GetProperty("plan_name").GetString());
        Assert.Equal("2026-07-01", root.GetProperty("last_updated_on").GetString());
        Assert.Equal("2.0.0", root.GetProperty("version").GetString());
        var group = root.GetProperty("provider_references")[4];
        Assert.Equal(5, group.GetProperty("provider_group_id").GetInt32());
        var tin = group.GetProperty("provider_groups")[0].GetProperty("tin");
        Assert.Equal("""{"type":"ein","value":"99-0000005","business_name":"Demo Provider Group 5"}""", tin.GetRawText());
        Assert.All(group.GetProperty("provider_groups")[0].GetProperty("npi").EnumerateArray(), npi => Assert.True(IsValidNpi(npi.GetInt64())));
        Assert.Equal(60, root.GetProperty("provider_references").GetArrayLength());
        Assert.Equal(["96375", "96374", "99213"], root.GetProperty("in_network").EnumerateArray().Select(i => i.GetProperty("billing_code").GetString()));
    }

    [Fact]
    public async Task Every_reader_path_is_exercised()
    {
        // Arrange
        var options = Options(providers: 60, seed: 7);

        // Act
        using var document = JsonDocument.Parse(await GenerateAsync(options));
        var item = document.RootElement.GetProperty("in_network")[0];
        var entries = item.GetProperty("negotiated_rates").EnumerateArray().ToList();
        var prices = entries.SelectMany(e => e.GetProperty("negotiated_prices").EnumerateArray()).ToList();

        // Assert: 60 entries, plus repeats of groups 25 and 75 → only 25 exists below 60.
        Assert.Equal("ffs", item.GetProperty("negotiation_arrangement").GetString());
        Assert.Equal("CPT", item.GetProperty("billing_code_type").GetString());
        Assert.Equal(61, entries.Count);
        Assert.Equal(entries[24].GetRawText(), entries[60].GetRawText());
        Assert.Equal(
            ["both", "institutional", "professional"],
            prices.Select(p => p.GetProperty("billing_class").GetString()).Distinct().Order());
        var modifier59 = Assert.Single(prices, p => p.TryGetProperty("billing_code_modifier", out _));
        Assert.Equal("""["59"]""", modifier59.GetProperty("billing_code_modifier").GetRawText());
        Assert.All(prices, p =>
        {
            Assert.Equal("negotiated", p.GetProperty("negotiated_type").GetString());
            Assert.Equal("9999-12-31", p.GetProperty("expiration_date").GetString());
            Assert.Equal("""["11"]""", p.GetProperty("service_code").GetRawText());
            Assert.Equal("outpatient", p.GetProperty("setting").GetString());
        });
    }

    [Fact]
    public async Task Buca_rates_for_96375_sit_at_a_commercial_level_and_spread()
    {
        // Arrange
        var directory = Path.Combine(Path.GetTempPath(), "cptgraph-demo-" + Guid.NewGuid().ToString("N"));

        try
        {
            // Act
            var paths = await DemoTicGenerator.WriteBucaFilesAsync(directory, Codes, providerCount: 400, LastUpdated);

            // Assert: base $15.70 × payer factor 1.62–1.75 × noise with mean ≈ 1.04 → means of $25–30, and
            // P75 − P25 between 30% and 60% of the median.
            Assert.Equal(4, paths.Count);
            Assert.Contains(paths, p => Path.GetFileName(p) == "2026-07-01_aetna_in-network-rates_DEMO.json");
            foreach (var path in paths)
            {
                var summary = RateStatistics.Summarise(ProfessionalRates(await File.ReadAllBytesAsync(path), "96375"))!;
                Assert.InRange(summary.Mean, 25m, 30m);
                Assert.InRange(summary.Spread / summary.Median, 0.30m, 0.60m);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static DemoTicOptions Options(int providers, ulong seed) =>
        new("Cigna Health and Life Insurance Company", LastUpdated, Codes, providers, seed, 1.75m);

    private static async Task<byte[]> GenerateAsync(DemoTicOptions options)
    {
        using var stream = new MemoryStream();
        await DemoTicGenerator.WriteAsync(options, stream);
        return stream.ToArray();
    }

    // Every professional price of the first entry per provider group (the repeats are duplicates).
    private static IEnumerable<decimal> ProfessionalRates(byte[] json, string code)
    {
        using var document = JsonDocument.Parse(json);
        var item = document.RootElement.GetProperty("in_network").EnumerateArray()
            .Single(i => i.GetProperty("billing_code").GetString() == code);
        var seen = new HashSet<int>();
        var rates = new List<decimal>();
        foreach (var entry in item.GetProperty("negotiated_rates").EnumerateArray())
        {
            if (!seen.Add(entry.GetProperty("provider_references")[0].GetInt32()))
            {
                continue;
            }

            rates.AddRange(entry.GetProperty("negotiated_prices").EnumerateArray()
                .Where(p => p.GetProperty("billing_class").GetString() == "professional" && !p.TryGetProperty("billing_code_modifier", out _))
                .Select(p => p.GetProperty("negotiated_rate").GetDecimal()));
        }

        return rates;
    }

    // The NPI check digit is a Luhn digit computed with the prefix 80840.
    private static bool IsValidNpi(long npi)
    {
        var digits = "80840" + npi.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }

        return npi is >= 1_000_000_000 and <= 9_999_999_999 && sum % 10 == 0;
    }
}
