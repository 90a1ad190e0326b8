using System.Globalization;
using System.Text;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// A deterministic v2 file of one professional code with many observations, streamed to disk (never built in
/// memory): <see cref="Groups"/> provider groups of <see cref="TinsPerGroup"/> TINs each, and group g priced at the
/// <see cref="PricesPerGroup"/> values r = g·P … g·P + P − 1, so every one of the R = G·P distinct amounts is
/// observed once per TIN of its group. Amount(r) = $20.00 + r + ⌊r² / 100,000⌋ cents: strictly increasing (a TIN's amounts
/// stay distinct, so none deduplicate) and skewed, so mean, median and quartiles differ and each is computable by hand.
/// With <see cref="ReferencesLast"/> the provider_references array follows in_network, so every rate waits for it.
/// </summary>
public sealed record OneCodeTicFile(string BillingCode, int Groups, int PricesPerGroup, int TinsPerGroup, string LastUpdatedOn = "2026-09-01", bool ReferencesLast = false)
{
    /// <summary>Observations the file yields: one per (TIN, price).</summary>
    public long Observations => (long)Groups * PricesPerGroup * TinsPerGroup;

    /// <summary>The amount of distinct value r, in dollars.</summary>
    public static decimal Amount(long r) => 20m + (r + r * r / 100_000) / 100m;

    public async Task WriteAsync(string path)
    {
        await using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await file.WriteAsync($$"""{"reporting_entity_name":"Scale Test Health","reporting_entity_type":"health insurance issuer","version":"2.0.0","last_updated_on":"{{LastUpdatedOn}}",""");
        if (ReferencesLast)
        {
            await WriteInNetworkAsync(file);
            await file.WriteAsync(",");
            await WriteReferencesAsync(file);
        }
        else
        {
            await WriteReferencesAsync(file);
            await file.WriteAsync(",");
            await WriteInNetworkAsync(file);
        }

        await file.WriteAsync("}");
    }

    private async Task WriteReferencesAsync(StreamWriter file)
    {
        await file.WriteAsync("\"provider_references\":[");
        for (var g = 0; g < Groups; g++)
        {
            await file.WriteAsync($$"""{{(g == 0 ? "" : ",")}}{"provider_group_id":{{g + 1}},"provider_groups":[""");
            for (var t = 0; t < TinsPerGroup; t++)
            {
                var tin = 100_000 + g * TinsPerGroup + t;
                await file.WriteAsync($$$"""{{{(t == 0 ? "" : ",")}}}{"npi":[{{{1_000_000_000L + tin}}}],"tin":{"type":"ein","value":"{{{tin:D9}}}"}}""");
            }

            await file.WriteAsync("]}");
        }

        await file.WriteAsync("]");
    }

    private async Task WriteInNetworkAsync(StreamWriter file)
    {
        await file.WriteAsync($$"""
            "in_network":[{"negotiation_arrangement":"ffs","name":"scale","billing_code_type":"CPT","billing_code_type_version":"2026","billing_code":"{{BillingCode}}","description":"scale","negotiated_rates":[
            """);
        for (var g = 0; g < Groups; g++)
        {
            await file.WriteAsync($$"""{{(g == 0 ? "" : ",")}}{"provider_references":[{{g + 1}}],"negotiated_prices":[""");
            for (var p = 0; p < PricesPerGroup; p++)
            {
                var amount = Amount((long)g * PricesPerGroup + p).ToString(CultureInfo.InvariantCulture);
                await file.WriteAsync($$"""{{(p == 0 ? "" : ",")}}{"negotiated_type":"negotiated","negotiated_rate":{{amount}},"expiration_date":"9999-12-31","service_code":["11"],"billing_class":"professional"}""");
            }

            await file.WriteAsync("]}");
        }

        await file.WriteAsync("]}]");
    }
}
