namespace CptGraph.Domain.Reference;

/// <summary>
/// A row of an imported reference code set (diagnoses, modifiers, taxonomies, places of service, …): found by its code,
/// written by an import run. The server serves every such set through one generic mechanism that relies on these members.
/// </summary>
public interface IReferenceEntity
{
    int Id { get; }

    /// <summary>The code as stored (trimmed, upper-case), e.g. <c>R50.9</c>.</summary>
    string Value { get; }

    /// <summary>The import run that last wrote this row; null for rows only curated content names.</summary>
    int? IngestRunId { get; }
}
