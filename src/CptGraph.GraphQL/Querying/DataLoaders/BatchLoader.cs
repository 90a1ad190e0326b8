using GraphQL.DataLoader;

namespace CptGraph.GraphQL.Querying.DataLoaders;

/// <summary>
/// Collects the keys resolvers ask for and fetches them in one call when GraphQL.NET first awaits a result (it resolves a
/// whole level of the tree before awaiting data loader results), then serves every key from that batch. A key asked for
/// again in the same request gets the cached result. Thread-safe: sibling fields resolve in parallel.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, IDataLoaderResult<TValue>> _results = [];
    private Batch _open = new();

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                _open.Keys.Add(key);
                result = new Result(this, _open, key);
                _results[key] = result;
            }

            return result;
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (batch.Fetch is null)
            {
                if (ReferenceEquals(batch, _open))
                {
                    _open = new Batch();
                }

                batch.Fetch = fetch(batch.Keys, cancellationToken);
            }

            return batch.Fetch;
        }
    }

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.RunAsync(batch, cancellationToken);
            return values.TryGetValue(key, out var value) ? value : loader.Missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private TValue Missing => missing;
}
