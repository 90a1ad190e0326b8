namespace CptGraph.GraphQL.PersistedOperations;

/// <summary>Bound from the <c>GraphQL:PersistedOperations</c> configuration section.</summary>
public sealed class PersistedOperationOptions
{
    public const string SectionName = "GraphQL:PersistedOperations";

    /// <summary>A folder of <c>{sha256-hex}.graphql</c> files that <c>documentId</c> requests may run; none by default.</summary>
    public string? Directory { get; set; }

    /// <summary>Allow-list mode: only stored documents run; a request carrying document text is refused with HC0067.</summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    /// <summary>Automatic persisted queries: a client sends the hash first and the document only on a miss.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// The memory budget of the documents kept in memory (automatic persisted queries and files read), in bytes: each is
    /// charged its UTF-16 text plus 100 bytes; past it the least recently used go first. 32 MB by default (docs/limits.md).
    /// </summary>
    public long MaxInMemoryBytes { get; set; } = 32L << 20;

    /// <summary>
    /// The longest document, in characters, kept in the shared store (<see cref="ISharedPersistedOperationStore"/>) when
    /// an automatic persisted query registers it; a longer one is remembered by this process only. 100,000 by default,
    /// the request document limit (<c>GraphQL:Limits:MaxDocumentLength</c>).
    /// </summary>
    public int MaxSharedDocumentLength { get; set; } = 100_000;

    /// <summary>
    /// The total UTF-8 bytes of the documents in the shared store; past it the earliest registered go first (a client
    /// whose hash was dropped gets HC0020 and sends the document again). 64 MB by default (docs/limits.md).
    /// </summary>
    public long MaxSharedBytes { get; set; } = 64L << 20;
}
