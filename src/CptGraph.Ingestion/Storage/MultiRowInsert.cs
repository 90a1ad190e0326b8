using System.Data.Common;
using System.Text;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Prepared <c>INSERT … VALUES (…),(…)…</c> statements for one table, one per row count that occurs (a full
/// chunk and the occasional shorter tail), so each is parsed and planned once per transaction. Columns named
/// in <paramref name="shared"/> take one parameter for the whole statement (the payer, vintage and run of a
/// batch), which saves binding the same value for every row; their parameters come first, then each row's.
/// </summary>
internal sealed class MultiRowInsert(DbConnection connection, DbTransaction transaction, string prefix, string[] columns, string[] shared, string suffix) : IDisposable
{
    /// <summary>
    /// Rows per statement: 64 rows × 9 columns stays far below every provider's parameter limit, and larger
    /// statements measured no faster.
    /// </summary>
    public const int MaxRows = 64;

    private readonly Dictionary<int, DbCommand> _commands = [];

    public DbCommand For(int rows)
    {
        if (_commands.TryGetValue(rows, out var command))
        {
            return command;
        }

        var sql = new StringBuilder(prefix);
        command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var column in shared)
        {
            AddParameter(command, "@" + column);
        }

        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < columns.Length; column++)
            {
                var name = shared.Contains(columns[column]) ? "@" + columns[column] : $"@r{row}c{column}";
                sql.Append(column == 0 ? "" : ",").Append(name);
                if (!shared.Contains(columns[column]))
                {
                    AddParameter(command, name);
                }
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(suffix).ToString();
        command.Prepare();
        _commands[rows] = command;
        return command;
    }

    private static void AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
