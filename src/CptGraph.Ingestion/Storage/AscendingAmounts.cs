using System.Data.Common;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Reads a query's amounts in exact <see cref="decimal"/> order when SQLite sorted them by <c>CAST(Amount AS REAL)</c>
/// (amounts are stored as text, which sorts as text): decimals in ascending order never have descending doubles, so
/// the only possible disorder is among amounts sharing one double, which are held back, sorted and released when the
/// double changes. That run is a handful of distinct values (one per 16th significant digit), counted, not listed.
/// </summary>
internal sealed class AscendingAmounts<TState>(Action<decimal, TState> emit) where TState : IComparable<TState>
{
    private readonly SortedDictionary<(decimal Amount, TState State), long> _run = new();
    private double _runKey = double.NaN;

    /// <summary>Takes the next row's amount (column <paramref name="amount"/>) and sort key (column <paramref name="key"/>).</summary>
    public void Add(DbDataReader reader, int amount, int key, TState state)
    {
        var sortKey = reader.GetDouble(key);
        if (!sortKey.Equals(_runKey))
        {
            Flush();
            _runKey = sortKey;
        }

        var value = AmountOf(reader, amount);
        _run[(value, state)] = _run.GetValueOrDefault((value, state)) + 1;
    }

    /// <summary>Releases the held-back run; call at the end of each group.</summary>
    public void Flush()
    {
        foreach (var ((value, state), count) in _run)
        {
            for (var i = 0L; i < count; i++)
            {
                emit(value, state);
            }
        }

        _run.Clear();
        _runKey = double.NaN;
    }

    /// <summary>A stored amount: text (how EF stores decimals) parsed exactly, or a real converted as the old reads did.</summary>
    public static decimal AmountOf(DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(double) ? (decimal)reader.GetDouble(ordinal) : reader.GetDecimal(ordinal);
}
