using System.Text;
using System.Text.Json;

namespace CptGraph.Server.Positions.Exports;

/// <summary>RFC 4180 output: fields quoted when they hold a comma, quote or line break; numbers exactly as the GraphQL answer wrote them.</summary>
public static class CsvText
{
    public static void Row(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    /// <summary>A JSON value as a CSV field: numbers by their raw text, strings as they are, null as empty.</summary>
    public static string? Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };

    private static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
