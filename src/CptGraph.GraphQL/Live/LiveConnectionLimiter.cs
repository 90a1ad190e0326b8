using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Live;

/// <summary>Counts open WebSocket and SSE connections against <see cref="LiveOptions.MaxConnections"/>.</summary>
public sealed class LiveConnectionLimiter(IOptions<LiveOptions> options)
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    /// <summary>A lease to dispose when the connection ends; null when the limit is reached.</summary>
    public IDisposable? TryAcquire()
    {
        if (Interlocked.Increment(ref _open) > options.Value.MaxConnections)
        {
            Interlocked.Decrement(ref _open);
            return null;
        }

        return new Lease(this);
    }

    private sealed class Lease(LiveConnectionLimiter limiter) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref limiter._open);
            }
        }
    }
}
