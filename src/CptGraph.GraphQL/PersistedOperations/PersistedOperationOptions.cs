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

    /// <summary>How many documents automatic persisted queries may remember in memory; the least recently used go first.</summary>
    public int MaxInMemoryDocuments { get; set; } = 10_000;
}
