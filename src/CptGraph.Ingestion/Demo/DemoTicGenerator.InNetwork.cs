using System.Globalization;
using System.Text.Json;

namespace CptGraph.Ingestion.Demo;

public static partial class DemoTicGenerator
{
    /// <summary>
    /// One in_network item: an entry per provider group, then a repeat of every 50th group's entry with
    /// the same rate, so readers see the duplicates real files contain. No CPT descriptor is written
    /// (AMA copyright); the name and description say what the item is instead.
    /// </summary>
    private static async ValueTask WriteInNetworkAsync(
        Utf8JsonWriter writer,
        DemoTicOptions options,
        DemoRateModel rates,
        DemoBaseRate code,
        bool first,
        CancellationToken cancellationToken)
    {
        writer.WriteStartObject();
        writer.WriteString("negotiation_arrangement", "ffs");
        writer.WriteString("name", "DEMO " + code.BillingCode);
        writer.WriteString("billing_code_type", "CPT");
        writer.WriteString("billing_code_type_version", options.LastUpdatedOn.Year.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("billing_code", code.BillingCode);
        writer.WriteString("description", "Synthetic demo rates; CPT descriptors are not included.");
        writer.WriteStartArray("negotiated_rates");
        for (var group = 1; group <= options.ProviderCount; group++)
        {
            WriteEntry(writer, group, rates.Rate(group, code.BillingCode, code.BaseAmount), withModifier59: first && group == 1);
            await FlushIfFullAsync(writer, cancellationToken);
        }

        for (var group = 25; group <= options.ProviderCount; group += 50)
        {
            WriteEntry(writer, group, rates.Rate(group, code.BillingCode, code.BaseAmount), withModifier59: false);
            await FlushIfFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, int group, decimal rate, bool withModifier59)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("provider_references");
        writer.WriteNumberValue(group);
        writer.WriteEndArray();
        writer.WriteStartArray("negotiated_prices");
        WritePrice(writer, rate, BillingClass(group), modifier: null);
        if (withModifier59)
        {
            WritePrice(writer, rate, "professional", modifier: "59");
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Mostly professional, with one group in 20 institutional and one in 20 "both".
    private static string BillingClass(int group) => (group % 20) switch
    {
        7 => "institutional",
        13 => "both",
        _ => "professional",
    };

    private static void WritePrice(Utf8JsonWriter writer, decimal rate, string billingClass, string? modifier)
    {
        writer.WriteStartObject();
        writer.WriteString("negotiated_type", "negotiated");
        writer.WriteNumber("negotiated_rate", rate);
        writer.WriteString("expiration_date", "9999-12-31");
        writer.WriteStartArray("service_code");
        writer.WriteStringValue("11");
        writer.WriteEndArray();
        writer.WriteString("billing_class", billingClass);
        writer.WriteString("setting", "outpatient");
        if (modifier is not null)
        {
            writer.WriteStartArray("billing_code_modifier");
            writer.WriteStringValue(modifier);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
