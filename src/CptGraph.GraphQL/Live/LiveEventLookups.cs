namespace CptGraph.GraphQL.Live;

/// <summary>
/// One database read per event, however many subscribers it reaches. Every subscriber maps each event on its own
/// (its own filter, its own selection), so 100 dashboards watching one code used to open 100 connections the moment a
/// run committed: SQLite's pool grew to that burst and kept it (the soak's file-descriptor growth). The first
/// subscriber to ask for (event, purpose) starts the load; the others await the same task. The last
/// <see cref="Capacity"/> loads are kept: events arrive in id order and every subscriber sees them within its
/// buffer's reach, so an evicted entry is only ever reloaded, never wrong.
/// </summary>
public sealed class LiveEventLookups
{
    /// <summary>How many (event, purpose) results stay shared; a few pages of outbox events.</summary>
    public const int Capacity = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<(long EventId, string Purpose), Task<object?>> _loads = [];
    private readonly Queue<(long EventId, string Purpose)> _order = new();

    /// <summary>
    /// The result of <paramref name="load"/> for <paramref name="eventId"/> and <paramref name="purpose"/>, loaded once.
    /// The shared load runs to completion whatever one subscriber's cancellation (the others still wait for it);
    /// <paramref name="cancellationToken"/> ends only this caller's wait. A failed load is forgotten, so the next asks again.
    /// </summary>
    public async Task<T> GetAsync<T>(long eventId, string purpose, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var key = (eventId, purpose);
        Task<object?> shared;
        lock (_gate)
        {
            if (!_loads.TryGetValue(key, out shared!))
            {
                shared = LoadAsync(load);
                _loads[key] = shared;
                _order.Enqueue(key);
                while (_order.Count > Capacity)
                {
                    _loads.Remove(_order.Dequeue());
                }
            }
        }

        try
        {
            return (T)(await shared.WaitAsync(cancellationToken))!;
        }
        catch (Exception) when (shared.IsFaulted)
        {
            lock (_gate)
            {
                if (_loads.TryGetValue(key, out var current) && current == shared)
                {
                    _loads.Remove(key);
                }
            }

            throw;
        }
    }

    private static async Task<object?> LoadAsync<T>(Func<CancellationToken, Task<T>> load)
    {
        // Off the caller's context so the first subscriber's synchronous part does not run under the lock's caller.
        await Task.Yield();
        return await load(CancellationToken.None);
    }
}
