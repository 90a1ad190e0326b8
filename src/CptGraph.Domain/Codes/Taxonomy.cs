using CptGraph.Domain.Reference;

namespace CptGraph.Domain.Codes;

/// <summary>A NUCC provider taxonomy (specialty).</summary>
public sealed class Taxonomy : IReferenceEntity
{
    public int Id { get; set; }
    public required string Value { get; set; }
    public required string Specialty { get; set; }

    public string? Grouping { get; set; }
    public string? Classification { get; set; }
    public string? Specialization { get; set; }
    public string? DisplayName { get; set; }
    public string? Definition { get; set; }

    /// <summary>NUCC section: Individual or Non-Individual.</summary>
    public string? Section { get; set; }

    /// <summary>The import run that last wrote this row.</summary>
    public int? IngestRunId { get; set; }
    public List<CodeTaxonomy> Codes { get; set; } = [];
}
