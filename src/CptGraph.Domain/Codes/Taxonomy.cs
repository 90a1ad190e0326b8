namespace CptGraph.Domain.Codes;

/// <summary>A NUCC provider taxonomy (specialty).</summary>
public sealed class Taxonomy
{
    public int Id { get; set; }
    public required string Value { get; set; }
    public required string Specialty { get; set; }
    public List<CodeTaxonomy> Codes { get; set; } = [];
}
