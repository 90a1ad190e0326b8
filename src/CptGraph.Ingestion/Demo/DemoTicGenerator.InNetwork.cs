using System.Globalization;
using System.Text.Json;

namespace CptGraph.Ingestion.Demo;

public static partial class DemoTicGenerator
{
    // Written once per price, so encoded once: this saves re-validating and transcoding each name and value.
    private static readonly JsonEncodedText ProviderReferencesName = JsonEncodedText.Encode("provider_references");
    private static readonly JsonEncodedText NegotiatedPricesName = JsonEncodedText.Encode("negotiated_prices");
    private static readonly JsonEncodedText NegotiatedTypeName = JsonEncodedText.Encode("negotiated_type");
    private static readonly JsonEncodedText Negotiated = JsonEncodedText.Encode("negotiated");
    private static readonly JsonEncodedText NegotiatedRateName = JsonEncodedText.Encode("negotiated_rate");
    private static readonly JsonEncodedText ExpirationDateName = JsonEncodedText.Encode("expiration_date");
    private static readonly JsonEncodedText NoExpiration = JsonEncodedText.Encode("9999-12-31");
    private static readonly JsonEncodedText ServiceCodeName = JsonEncodedText.Encode("service_code");
    private static readonly JsonEncodedText Office = JsonEncodedText.Encode("11");
    private static readonly JsonEncodedText BillingClassName = JsonEncodedText.Encode("billing_class");
    private static readonly JsonEncodedText Professional = JsonEncodedText.Encode("professional");
    private static readonly JsonEncodedText Institutional = JsonEncodedText.Encode("institutional");
    private static readonly JsonEncodedText Both = JsonEncodedText.Encode("both");
    private static readonly JsonEncodedText SettingName = JsonEncodedText.Encode("setting");
    private static readonly JsonEncodedText Outpatient = JsonEncodedText.Encode("outpatient");

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
        writer.WriteStartArray(ProviderReferencesName);
        writer.WriteNumberValue(group);
        writer.WriteEndArray();
        writer.WriteStartArray(NegotiatedPricesName);
        WritePrice(writer, rate, BillingClass(group), modifier: null);
        if (withModifier59)
        {
            WritePrice(writer, rate, Professional, modifier: "59");
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Mostly professional, with one group in 20 institutional and one in 20 "both".
    private static JsonEncodedText BillingClass(int group) => (group % 20) switch
    {
        7 => Institutional,
        13 => Both,
        _ => Professional,
    };

    private static void WritePrice(Utf8JsonWriter writer, decimal rate, JsonEncodedText billingClass, string? modifier)
    {
        writer.WriteStartObject();
        writer.WriteString(NegotiatedTypeName, Negotiated);
        writer.WriteNumber(NegotiatedRateName, rate);
        writer.WriteString(ExpirationDateName, NoExpiration);
        writer.WriteStartArray(ServiceCodeName);
        writer.WriteStringValue(Office);
        writer.WriteEndArray();
        writer.WriteString(BillingClassName, billingClass);
        writer.WriteString(SettingName, Outpatient);
        if (modifier is not null)
        {
            writer.WriteStartArray("billing_code_modifier");
            writer.WriteStringValue(modifier);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
