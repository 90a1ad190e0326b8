using System.Globalization;
using System.Text;

namespace CptGraph.Server.Positions.Exports;

/// <summary>
/// Reads a posted fee schedule: a header naming <c>code</c> and <c>amount</c> (and optionally <c>units</c>, <c>modifiers</c>,
/// the modifiers separated by spaces), then one line per row; quoted fields as RFC 4180. A bad row is reported by its line
/// number and column; nothing about the values is checked here that the GraphQL operation checks itself.
/// </summary>
public static class FeeScheduleCsvReader
{
    public static async Task<(List<Dictionary<string, object?>>? Lines, string? Error)> ReadAsync(Stream body, int maxLines, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var header = await reader.ReadLineAsync(cancellationToken);
        if (header is null)
        {
            return (null, "fee-schedule.csv is empty: expected a header line such as code,amount,units.");
        }

        var columns = Split(header.TrimStart('\uFEFF')).Select(c => c.Trim().ToLowerInvariant()).ToList();
        if (!columns.Contains("code") || !columns.Contains("amount"))
        {
            return (null, "fee-schedule.csv line 1: the header must name the columns code and amount (units and modifiers are optional).");
        }

        var lines = new List<Dictionary<string, object?>>();
        var number = 1;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            // One past the cap is kept, so the operation refuses it with its own coded error.
            if (lines.Count > maxLines)
            {
                break;
            }

            var fields = Split(text);
            string Get(string name) => columns.IndexOf(name) is var i and >= 0 && i < fields.Count ? fields[i].Trim() : "";
            if (!decimal.TryParse(Get("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                return (null, $"fee-schedule.csv line {number}: amount '{Get("amount")}' is not a number.");
            }

            var line = new Dictionary<string, object?> { ["code"] = Get("code"), ["amount"] = amount };
            if (Get("units") is { Length: > 0 } units)
            {
                if (!int.TryParse(units, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
                {
                    return (null, $"fee-schedule.csv line {number}: units '{units}' is not a whole number.");
                }

                line["units"] = count;
            }

            if (Get("modifiers") is { Length: > 0 } modifiers)
            {
                line["modifiers"] = modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }

            lines.Add(line);
        }

        return (lines, null);
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
