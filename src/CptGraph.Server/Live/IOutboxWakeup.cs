namespace CptGraph.Server.Live;

/// <summary>
/// Tells the outbox tail when to read: SQLite's poller (<see cref="OutboxPollingWakeup"/>) on a timer, PostgreSQL's
/// listener (<see cref="Postgres.PostgresOutboxListener"/>) when a committed ingest notifies. A spurious wake costs one
/// empty read, a missed one an event, so an implementation wakes whenever it cannot be sure.
/// </summary>
public interface IOutboxWakeup
{
    /// <summary>Returns when the outbox may have new rows; throws when the signal is broken (the tail logs it and retries).</summary>
    Task WaitAsync(CancellationToken cancellationToken);
}
