namespace CptGraph.Ingestion.Reference.Tables;

/// <summary>Finds a table's header among notice and title records that official files put before it.</summary>
public static class TableHeader
{
    // CMS and AMA notices take a handful of records; a file without its header this far in is not the expected table.
    private const int MaxRecordsBeforeHeader = 20;

    /// <summary>
    /// Reads records until one whose first cell starts with <paramref name="firstColumn"/> (case-insensitive) and returns
    /// its columns; the enumerator is left on the header, so the caller reads the data next.
    /// </summary>
    public static TableColumns Find(string path, IEnumerator<TableRecord> records, string firstColumn)
    {
        for (var seen = 0; seen < MaxRecordsBeforeHeader && records.MoveNext(); seen++)
        {
            var record = records.Current;
            if (record.Fields.Count > 0 && record.Fields[0].Trim().StartsWith(firstColumn, StringComparison.OrdinalIgnoreCase))
            {
                return new TableColumns(path, record);
            }
        }

        throw new IngestionException(path, "header", $"no header starting with a '{firstColumn}' column was found in the first {MaxRecordsBeforeHeader} records");
    }
}
