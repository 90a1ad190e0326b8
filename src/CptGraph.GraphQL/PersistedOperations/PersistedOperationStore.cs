using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.PersistedOperations;

/// <summary>
/// The stored documents: the files of <see cref="PersistedOperationOptions.Directory"/> (read when first asked for,
/// so files added while running are found) and the documents saved in memory by automatic persisted queries or
/// <see cref="Save"/>.
/// </summary>
public sealed class PersistedOperationStore : IDisposable
{
    private readonly string? directory;
    private readonly MemoryCache memory;

    public PersistedOperationStore(IOptions<PersistedOperationOptions> options)
    {
        directory = string.IsNullOrWhiteSpace(options.Value.Directory) ? null : Path.GetFullPath(options.Value.Directory);
        memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxInMemoryBytes, TrackStatistics = true });
    }

    /// <summary>The bytes charged for the documents currently kept in memory.</summary>
    public long CurrentBytes => memory.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <param name="hash">A normalized hash (<see cref="DocumentHash.Normalize"/>), so it is safe as a file name.</param>
    public async Task<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (memory.TryGetValue(hash, out string? document))
        {
            return document;
        }

        var path = directory is null ? null : Path.Combine(directory, hash + ".graphql");
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        document = await File.ReadAllTextAsync(path, cancellationToken);
        Save(hash, document);
        return document;
    }

    public void Save(string hash, string document) =>
        memory.Set(hash, document, new MemoryCacheEntryOptions { Size = (2L * document.Length) + 100 });

    public void Dispose() => memory.Dispose();
}
