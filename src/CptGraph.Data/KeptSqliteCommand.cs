using Microsoft.Data.Sqlite;

namespace CptGraph.Data;

/// <summary>
/// A SQLite command that keeps its prepared statements across executions (<see cref="SqliteStatementCache"/>): EF's
/// dispose after a query gives it back to its connection's <see cref="ConnectionStatements"/> instead of finalizing them.
/// </summary>
internal sealed class KeptSqliteCommand : SqliteCommand
{
    private readonly ConnectionStatements _owner;

    public KeptSqliteCommand(string sql, SqliteConnection connection, ConnectionStatements owner)
        : base(sql, connection)
    {
        _owner = owner;
    }

    /// <summary>True while EF runs it; an idle command's dispose (the connection closing) really disposes it.</summary>
    public bool Leased { get; set; }

    /// <summary>Takes EF's parameters and settings from the command it replaces (whose text is the same); its own were cleared when it was given back.</summary>
    public void TakeOver(SqliteCommand command)
    {
        CommandTimeout = command.CommandTimeout;
        if (command.Parameters.Count > 0)
        {
            var parameters = new SqliteParameter[command.Parameters.Count];
            command.Parameters.CopyTo(parameters, 0);
            command.Parameters.Clear();
            Parameters.AddRange(parameters);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Leased)
        {
            Leased = false;
            Parameters.Clear();
            _owner.Return(this);
            return;
        }

        base.Dispose(disposing);
    }
}
