namespace CptGraph.Ingestion.Reference.Tables;

/// <summary>The data rows of a table after its header: every importer skips blank rows and stops on cancellation alike.</summary>
internal static class TableRecordEnumerator
{
    /// <summary>The remaining non-blank records of <paramref name="records"/>, checking for cancellation before each.</summary>
    public static IEnumerable<TableRecord> DataRecords(this IEnumerator<TableRecord> records, CancellationToken cancellationToken)
    {
        while (records.MoveNext())
        {
            if (records.Current.IsBlank)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return records.Current;
        }
    }
}
