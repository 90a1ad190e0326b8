namespace CptGraph.GraphQL.Live;

/// <summary>
/// Where subscriptions get committed events. The server's implementation tails the outbox table, woken by a poller
/// (SQLite) or LISTEN/NOTIFY (PostgreSQL, so every replica hears every commit); another fan-out (Redis, say) would
/// replace it behind this one interface.
/// </summary>
public interface ILiveEventSource
{
    /// <summary>
    /// The events after <paramref name="afterEventId"/> (replayed from the outbox), then every new one as it commits,
    /// in id order and without gaps. Without an id the stream starts at the next event.
    /// </summary>
    /// <exception cref="LiveBufferOverflowException">The reader fell <see cref="LiveOptions.SubscriberBuffer"/> events behind.</exception>
    IAsyncEnumerable<LiveEvent> ReadAsync(long? afterEventId, CancellationToken cancellationToken);
}
