namespace CptGraph.Ingestion.Reference.Tables;

/// <summary>
/// A table's header, found by name (case-insensitive, white space collapsed, line breaks inside a quoted header cell
/// included), with the helpers that turn a bad cell into an error naming the file, the line and the column.
/// </summary>
public sealed class TableColumns
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _path;
    private readonly int _headerLine;

    public TableColumns(string path, TableRecord header)
    {
        _path = path;
        _headerLine = header.Line;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            _indexes.TryAdd(Normalise(header.Fields[i]), i);
        }
    }

    /// <summary>The index of the column called <paramref name="name"/>; an error naming the file and the header line when it is missing.</summary>
    public int Require(string name) =>
        Find(name) ?? throw new IngestionException(_path, TableFile.Place(_path, _headerLine), $"the header has no '{name}' column");

    public int? Find(string name) => _indexes.TryGetValue(Normalise(name), out var index) ? index : null;

    /// <summary>The first column whose name starts with <paramref name="prefix"/> (for headers that carry their legend).</summary>
    public int? FindStarting(string prefix) =>
        _indexes.Where(c => c.Key.StartsWith(Normalise(prefix), StringComparison.OrdinalIgnoreCase)).OrderBy(c => c.Value).Select(c => (int?)c.Value).FirstOrDefault();

    /// <summary>The trimmed cell; empty when the record is shorter (spreadsheets drop trailing empty cells).</summary>
    public static string Text(TableRecord record, int column) => column < record.Fields.Count ? record.Fields[column].Trim() : "";

    /// <summary>The trimmed cell, or null when empty.</summary>
    public static string? Optional(TableRecord record, int column) => Text(record, column) is { Length: > 0 } text ? text : null;

    /// <summary>A bad value at <paramref name="record"/>'s line and the column named <paramref name="column"/>.</summary>
    public static IngestionException Error(string path, TableRecord record, string column, string problem) =>
        new(path, $"{TableFile.Place(path, record.Line)}, column {column}", problem);

    /// <summary>Collapses white space (including the line break in MUE's "HCPCS/\nCPT Code" header) so names compare as written.</summary>
    public static string Normalise(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
