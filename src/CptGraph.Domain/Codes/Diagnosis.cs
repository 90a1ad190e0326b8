using CptGraph.Domain.Reference;

namespace CptGraph.Domain.Codes;

/// <summary>An ICD-10-CM diagnosis.</summary>
public sealed class Diagnosis : IReferenceEntity
{
    public int Id { get; set; }
    public required string Value { get; set; }
    public required string Description { get; set; }

    /// <summary>The code set release, e.g. <c>FY2026</c>; null for a diagnosis only curated content named.</summary>
    public string? Release { get; set; }

    /// <summary>The import run that last wrote this row.</summary>
    public int? IngestRunId { get; set; }
    public List<CodeDiagnosis> Codes { get; set; } = [];
}
