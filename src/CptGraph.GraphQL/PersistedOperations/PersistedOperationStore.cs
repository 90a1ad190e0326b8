using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.PersistedOperations;

/// <summary>
/// The stored documents: the files of <see cref="PersistedOperationOptions.Directory"/> (read when first asked for,
/// so files added while running are found), the documents registered by automatic persisted queries in the shared
/// store when the application has one (every replica's registrations), and a bounded memory in front of both.
/// </summary>
public sealed class PersistedOperationStore : IDisposable
{
    private readonly string? directory;
    private readonly MemoryCache memory;
    private readonly ISharedPersistedOperationStore? shared;
    private readonly int maxSharedDocumentLength;

    public PersistedOperationStore(IOptions<PersistedOperationOptions> options, ISharedPersistedOperationStore? shared = null)
    {
        directory = string.IsNullOrWhiteSpace(options.Value.Directory) ? null : Path.GetFullPath(options.Value.Directory);
        memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxInMemoryBytes, TrackStatistics = true });
        this.shared = shared;
        maxSharedDocumentLength = options.Value.MaxSharedDocumentLength;
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

        document = await ReadFileAsync(hash, cancellationToken) ?? await ReadSharedAsync(hash, cancellationToken);
        if (document is not null)
        {
            Save(hash, document);
        }

        return document;
    }

    /// <summary>Remembers <paramref name="document"/> in this process's memory only (documents the application itself runs).</summary>
    public void Save(string hash, string document) =>
        memory.Set(hash, document, new MemoryCacheEntryOptions { Size = (2L * document.Length) + 100 });

    /// <summary>
    /// Registers a client's document (an automatic persisted query): in memory, and in the shared store when there is
    /// one and the document is no longer than <see cref="PersistedOperationOptions.MaxSharedDocumentLength"/>.
    /// </summary>
    /// <param name="hash">The document's own SHA-256 (checked by the caller).</param>
    public async Task RegisterAsync(string hash, string document, CancellationToken cancellationToken)
    {
        Save(hash, document);
        if (shared is not null && document.Length <= maxSharedDocumentLength)
        {
            await shared.SaveAsync(hash, document, cancellationToken);
        }
    }

    public void Dispose() => memory.Dispose();

    private async Task<string?> ReadFileAsync(string hash, CancellationToken cancellationToken)
    {
        var path = directory is null ? null : Path.Combine(directory, hash + ".graphql");
        return path is null || !File.Exists(path) ? null : await File.ReadAllTextAsync(path, cancellationToken);
    }

    // The shared store is written by every replica (and readable by anyone with the database): a row whose text is not
    // the hash's document is ignored rather than run.
    private async Task<string?> ReadSharedAsync(string hash, CancellationToken cancellationToken)
    {
        var document = shared is null ? null : await shared.FindAsync(hash, cancellationToken);
        return document is not null && DocumentHash.Of(document) == hash ? document : null;
    }
}
