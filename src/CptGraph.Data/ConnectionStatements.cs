using Microsoft.Data.Sqlite;

namespace CptGraph.Data;

/// <summary>The kept commands of one SQLite connection (<see cref="SqliteStatementCache"/>), idle ones by SQL text.</summary>
internal sealed class ConnectionStatements
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, Stack<KeptSqliteCommand>> _idle = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _count;

    public ConnectionStatements(SqliteConnection connection)
    {
        _connection = connection;

        // Microsoft.Data.Sqlite disposes every command of a connection when it closes (the idle ones really dispose,
        // KeptSqliteCommand.Dispose); what is left is forgotten so that a reopened connection starts empty.
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Closed)
            {
                Clear();
            }
        };
    }

    /// <summary>An idle kept command for <paramref name="sql"/> (<paramref name="reused"/>), a new one, or null when the connection keeps its maximum.</summary>
    public KeptSqliteCommand? Rent(string sql, out bool reused)
    {
        lock (_lock)
        {
            KeptSqliteCommand? command = null;
            reused = _idle.TryGetValue(sql, out var idle) && idle.TryPop(out command);
            if (command is not null)
            {
                command.Leased = true;
                return command;
            }

            if (_count >= SqliteStatementCache.StatementsPerConnection)
            {
                return null;
            }

            _count++;
        }

        return new KeptSqliteCommand(sql, _connection, this) { Leased = true };
    }

    public void Return(KeptSqliteCommand command)
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            command.Dispose();
            return;
        }

        lock (_lock)
        {
            if (!_idle.TryGetValue(command.CommandText, out var idle))
            {
                _idle[command.CommandText] = idle = new Stack<KeptSqliteCommand>(1);
            }

            idle.Push(command);
        }
    }

    private void Clear()
    {
        KeptSqliteCommand[] left;
        lock (_lock)
        {
            left = [.. _idle.Values.SelectMany(stack => stack)];
            _idle.Clear();
            _count = 0;
        }

        // Idle ones are not leased, so their dispose finalizes.
        foreach (var command in left)
        {
            command.Dispose();
        }
    }
}
