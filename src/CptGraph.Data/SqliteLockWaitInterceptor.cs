using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CptGraph.Data;

/// <summary>
/// Says so when a write waits for SQLite's one write lock, which Microsoft.Data.Sqlite otherwise retries silently until
/// the command timeout: a cron ingest meeting a running one would look hung. In WAL mode reads never wait, and a
/// transaction takes the lock at its first write, so only those commands are watched; one still running after
/// <see cref="Notice"/> logs what it waits on and for how long at most.
/// </summary>
internal sealed class SqliteLockWaitInterceptor(TimeSpan lockTimeout) : DbCommandInterceptor
{
    public static readonly TimeSpan Notice = TimeSpan.FromSeconds(2);

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbTransaction, object> _writing = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Watch(command, eventData);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Watch(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Done(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Done(command);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Done(command);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Done(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(command);
        return Task.CompletedTask;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DbCommand, Timer> _timers = new();

    private void Watch(DbCommand command, CommandEventData eventData)
    {
        if (IsRead(command.CommandText) || (command.Transaction is { } transaction && _writing.TryGetValue(transaction, out _)))
        {
            return;
        }

        if (command.Transaction is { } owner)
        {
            _writing.AddOrUpdate(owner, this);
        }

        var logger = eventData.Context?.GetService<ILoggerFactory>().CreateLogger<SqliteLockWaitInterceptor>();
        var database = command.Connection?.DataSource;
        _timers[command] = new Timer(
            _ => logger?.LogWarning(
                "Waiting for the write lock on {Database}: another process is writing to it (an ingest, an import or a migration); giving up after {TimeoutSeconds} s (--lock-timeout)",
                database, lockTimeout.TotalSeconds),
            null, Notice, Timeout.InfiniteTimeSpan);
    }

    private void Done(DbCommand command)
    {
        if (_timers.TryRemove(command, out var timer))
        {
            timer.Dispose();
        }
    }

    private static bool IsRead(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase);
    }
}
