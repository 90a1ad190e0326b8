using System.Globalization;
using System.Text;

namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// Reads one RFC 4180 CSV record at a time from a <see cref="TextReader"/>, so a file never has to fit in memory.
/// Quoted fields may hold commas, doubled quotes and line breaks. Parse failures become
/// <see cref="IngestionException"/>s naming the file, the record's first line and the column.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, string source)
{
    // The current record's fields, reused between records.
    private readonly List<string> fields = [];

    // Builds one field; reused so a record costs one string per field.
    private readonly StringBuilder field = new();

    // Physical lines consumed so far; a quoted line break makes a record span several.
    private int linesRead;

    /// <summary>The input's name, for error messages.</summary>
    public string Source => source;

    /// <summary>The 1-based line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The current record's fields, untrimmed.</summary>
    public IReadOnlyList<string> Fields => fields;

    /// <summary>Moves to the next record; false at the end of the input.</summary>
    public bool Read()
    {
        var line = reader.ReadLine();
        if (line is null)
        {
            return false;
        }

        linesRead++;
        Line = linesRead;
        fields.Clear();
        field.Clear();
        var quoted = false;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else
                {
                    field.Append(c);
                }
            }

            if (!quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
                return true;
            }

            // An open quote at the end of a line means the field continues on the next line.
            line = reader.ReadLine() ?? throw Error("end of file", "a quoted field is never closed");
            linesRead++;
            field.Append('\n');
        }
    }

    /// <summary>True when every field of the current record is blank (e.g. a trailing <c>,,,</c> line).</summary>
    public bool IsBlank => fields.TrueForAll(string.IsNullOrWhiteSpace);

    /// <summary>The trimmed text of <paramref name="column"/>.</summary>
    public string Text(CsvColumn column) =>
        column.Index < fields.Count
            ? fields[column.Index].Trim()
            : throw Error(column, $"the record has {fields.Count} fields, so column {column.Index + 1} is missing");

    /// <summary>The trimmed text of an optional column, or null when the file has no such column.</summary>
    public string? OptionalText(CsvColumn? column) => column is { } c ? Text(c) : null;

    /// <summary>A plain decimal number such as <c>0.36</c> or <c>-1.5</c> (no exponent, no thousands separators).</summary>
    public decimal Decimal(CsvColumn column)
    {
        var text = Text(column);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a number");
    }

    /// <summary>A whole number such as <c>2026</c>.</summary>
    public int Integer(CsvColumn column)
    {
        var text = Text(column);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a whole number");
    }

    /// <summary>An error at the current record and <paramref name="column"/>.</summary>
    public IngestionException Error(CsvColumn column, string problem) =>
        Error($"line {Line}, column {column.Name}", problem);

    /// <summary>An error at the current record.</summary>
    public IngestionException Error(string problem) => Error($"line {Line}", problem);

    private IngestionException Error(string location, string problem) => new(source, location, problem);
}
