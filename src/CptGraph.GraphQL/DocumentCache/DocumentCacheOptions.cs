namespace CptGraph.GraphQL.DocumentCache;

/// <summary>Bound from the <c>GraphQL:DocumentCache</c> configuration section.</summary>
public sealed class DocumentCacheOptions
{
    public const string SectionName = "GraphQL:DocumentCache";

    /// <summary>How many distinct documents stay parsed and validated; the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 1_000;
}
