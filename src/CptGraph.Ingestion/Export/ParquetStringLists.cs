using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace CptGraph.Ingestion.Export;

/// <summary>
/// Reads and writes a <c>list&lt;string&gt;</c> column through its element field. Parquet.Net's string helpers cannot
/// say "empty list" (only a list holding a null), so the levels are written by hand: per row, an empty list is one
/// entry at the list's own definition level, and a list's elements are entries at the element's level, the first
/// starting a new row (repetition 0) and the rest continuing it (1).
/// </summary>
public static class ParquetStringLists
{
    /// <summary>Writes one list per row for <paramref name="element"/> (the list field's item, as in the file's schema).</summary>
    public static Task WriteAsync(ParquetRowGroupWriter group, DataField element, IReadOnlyCollection<IReadOnlyList<string>> rows,
        CancellationToken cancellationToken)
    {
        var values = new List<ReadOnlyMemory<char>>();
        var definitions = new List<int>(rows.Count);
        var repetitions = new List<int>(rows.Count);
        var present = element.MaxDefinitionLevel;
        foreach (var row in rows)
        {
            if (row.Count == 0)
            {
                definitions.Add(present - 2);
                repetitions.Add(0);
                continue;
            }

            for (var i = 0; i < row.Count; i++)
            {
                values.Add(row[i].AsMemory());
                definitions.Add(present);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }

        return group.WriteAllPartsAsync<ReadOnlyMemory<char>>(element, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), cancellationToken);
    }

    /// <summary>Reads one list per row (an empty or null list reads as empty; null elements are skipped).</summary>
    public static async Task<List<string[]>> ReadAsync(ParquetRowGroupReader group, DataField element, CancellationToken cancellationToken)
    {
        using var raw = (RawColumnData<ReadOnlyMemory<char>>)await group.ReadRawColumnDataBaseAsync(element, cancellationToken);
        var definitions = raw.DefinitionLevels;
        var repetitions = raw.RepetitionLevels;
        var values = raw.Values;
        var rows = new List<string[]>((int)group.RowCount);
        var current = new List<string>();
        var next = 0;
        for (var i = 0; i < definitions.Length; i++)
        {
            if (repetitions[i] == 0 && i > 0)
            {
                rows.Add([.. current]);
                current.Clear();
            }

            if (definitions[i] == element.MaxDefinitionLevel)
            {
                current.Add(values[next++].ToString());
            }
        }

        if (definitions.Length > 0)
        {
            rows.Add([.. current]);
        }

        return rows;
    }
}
