using System.Collections.Concurrent;

namespace CptGraph.GraphQL.Querying.DataLoaders;

/// <summary>
/// The data loaders of one request (a scoped service): one loader per name, so every resolver asking the same question
/// (same field, same arguments) joins the same batch and shares its per-request cache.
/// </summary>
public sealed class RequestDataLoaders
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));
}
