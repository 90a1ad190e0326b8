using GraphQL.DataLoader;

namespace CptGraph.GraphQL.Querying.DataLoaders;

/// <summary>Composes data loader results without awaiting them, so resolvers still only enqueue keys.</summary>
public static class DataLoaderResult
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<TResult>(async cancellationToken => map(await result.GetResultAsync(cancellationToken)));

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, Task<TResult>> map) =>
        new Mapped<TResult>(async cancellationToken => await map(await result.GetResultAsync(cancellationToken)));

    public static IDataLoaderResult<TResult> Combine<T1, T2, TResult>(IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TResult> map) =>
        new Mapped<TResult>(async cancellationToken =>
            map(await first.GetResultAsync(cancellationToken), await second.GetResultAsync(cancellationToken)));

    /// <summary>A result that is already known (e.g. an empty list a field's arguments rule out).</summary>
    public static IDataLoaderResult<TResult> Of<TResult>(TResult value) => new Mapped<TResult>(_ => Task.FromResult(value));

    private sealed class Mapped<TResult>(Func<CancellationToken, Task<TResult>> get) : IDataLoaderResult<TResult>
    {
        public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken);
    }
}
