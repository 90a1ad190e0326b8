using CptGraph.Domain.Reference;

namespace CptGraph.Domain.Codes;

/// <summary>A CPT/HCPCS billing modifier such as 59 or 76.</summary>
public sealed class Modifier : IReferenceEntity
{
    public int Id { get; set; }
    public required string Value { get; set; }
    public required string Name { get; set; }

    /// <summary>The official long descriptor (HCPCS Level II modifiers).</summary>
    public string? LongDescription { get; set; }

    public DateOnly? AddedOn { get; set; }
    public DateOnly? TerminatedOn { get; set; }

    /// <summary>The import run that last wrote this row.</summary>
    public int? IngestRunId { get; set; }
    public List<CodeModifier> Codes { get; set; } = [];
}
