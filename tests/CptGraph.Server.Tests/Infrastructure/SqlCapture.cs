using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// Records the SQL of every command EF Core executes for GraphQL requests, so tests can count statements and read their
/// columns. The live outbox poller's reads are left out: it runs in the background on its own clock, so a poll landing
/// inside a test's window would make counts flaky.
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (!command.CommandText.Contains("\"OutboxMessages\"", StringComparison.Ordinal))
        {
            _commands.Enqueue(command.CommandText);
        }
    }
}
