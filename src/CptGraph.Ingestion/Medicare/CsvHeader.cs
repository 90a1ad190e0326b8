namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// Column names of a CSV file, looked up by name so a reader survives columns being added or reordered.
/// Names compare case-insensitively with runs of white space treated as one space.
/// </summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly CsvRecordReader reader;

    /// <summary>Takes the column names from <paramref name="names"/>; the first of any repeated name wins.</summary>
    public CsvHeader(CsvRecordReader reader, IReadOnlyList<string> names)
    {
        this.reader = reader;
        for (var i = 0; i < names.Count; i++)
        {
            indexes.TryAdd(Normalise(names[i]), i);
        }
    }

    /// <summary>The column called <paramref name="name"/>; an error naming the file when it is missing.</summary>
    public CsvColumn Require(string name) =>
        Find(name) ?? throw reader.Error($"the header has no '{name}' column");

    /// <summary>The column called <paramref name="name"/>, or null.</summary>
    public CsvColumn? Find(string name) =>
        indexes.TryGetValue(Normalise(name), out var index) ? new CsvColumn(name, index) : null;

    /// <summary>Trims and collapses inner white space, so "NON-FAC  PE RVU " matches "NON-FAC PE RVU".</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
