using System.Data.Common;
using System.Text;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Prepared <c>INSERT … VALUES (…),(…)…</c> statements for one table, one per row count that occurs (a full
/// chunk and the occasional shorter tail), so each is parsed and planned once per transaction.
/// </summary>
internal sealed class MultiRowInsert(DbConnection connection, DbTransaction transaction, string prefix, int columns, string suffix) : IDisposable
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
        var parameter = 0;
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < columns; column++, parameter++)
            {
                sql.Append(column == 0 ? "@p" : ",@p").Append(parameter);
                var dbParameter = command.CreateParameter();
                dbParameter.ParameterName = "@p" + parameter;
                command.Parameters.Add(dbParameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(suffix).ToString();
        command.Prepare();
        _commands[rows] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
