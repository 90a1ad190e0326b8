namespace CptGraph.GraphQL.DocumentCache;

/// <summary>Bound from the <c>GraphQL:DocumentCache</c> configuration section.</summary>
public sealed class DocumentCacheOptions
{
    public const string SectionName = "GraphQL:DocumentCache";

    /// <summary>
    /// The memory budget of the parsed, validated documents kept, in bytes (each counted as
    /// <see cref="ParsedDocumentCache.EstimatedBytes"/>); past it the least recently used go first, and a document
    /// larger than the whole budget is never kept. 64 MB by default; with the persisted-operation store's 32 MB the
    /// server's documents never hold more than 96 MB (docs/limits.md).
    /// </summary>
    public long MaxBytes { get; set; } = 64L << 20;
}
