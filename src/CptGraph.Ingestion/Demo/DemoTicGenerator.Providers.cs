using System.Globalization;
using System.Text.Json;

namespace CptGraph.Ingestion.Demo;

public static partial class DemoTicGenerator
{
    // The EIN is 99- and the group number in 7 digits, so group numbers must fit in 7 digits.
    private const int MaxProviderCount = 9_999_999;

    /// <summary>
    /// Writes provider group <paramref name="group"/>: a TIN derived from the group number alone (so the
    /// same demo provider appears in every payer's file) and one to three NPIs.
    /// </summary>
    private static void WriteProviderReference(Utf8JsonWriter writer, int group)
    {
        writer.WriteStartObject();
        writer.WriteNumber("provider_group_id", group);
        writer.WriteStartArray("provider_groups");
        writer.WriteStartObject();
        writer.WriteStartArray("npi");
        for (var i = 0; i < 1 + group % 3; i++)
        {
            writer.WriteNumberValue(Npi(group, i));
        }

        writer.WriteEndArray();
        writer.WriteStartObject("tin");
        writer.WriteString("type", "ein");
        writer.WriteString("value", "99-" + group.ToString("D7", CultureInfo.InvariantCulture));
        writer.WriteString("business_name", "Demo Provider Group " + group.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// A 10-digit NPI with a valid check digit (Luhn over the 80840 prefix and the 9 digits), so NPI
    /// validation accepts it; its 9 digits are unique per (group, index).
    /// </summary>
    internal static long Npi(int group, int index)
    {
        var body = 100_000_000L + group * 3L + index;
        var sum = 24; // the Luhn contribution of the 80840 prefix
        var digits = body;
        for (var position = 0; position < 9; position++, digits /= 10)
        {
            var digit = (int)(digits % 10);
            if (position % 2 == 0)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return body * 10 + (10 - sum % 10) % 10;
    }
}
