using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CptGraph.Server.Cli;

/// <summary>
/// Counts the transactions a command began and committed, so a failure is reported truthfully: "rolled back" only
/// when a transaction was open when it failed, not for a file refused before anything began.
/// </summary>
public sealed class TransactionTracker : DbTransactionInterceptor
{
    private int _begun;
    private int _committed;

    /// <summary>
    /// A mark to compare with later: transactions begun and not committed so far. (An identical file's transaction is
    /// dropped on purpose, so only what happened since the mark says anything about the input that failed.)
    /// </summary>
    public int Mark() => Volatile.Read(ref _begun) - Volatile.Read(ref _committed);

    /// <summary>Whether a transaction began after <paramref name="mark"/> and did not commit: it was rolled back.</summary>
    public bool RolledBackSince(int mark) => Mark() > mark;

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _begun);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Interlocked.Increment(ref _begun);
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _committed);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _committed);
}
