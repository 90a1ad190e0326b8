namespace CptGraph.Domain.Codes;

/// <summary>A directed relationship from one code to a related code.</summary>
public sealed class CodeRelation
{
    public int CodeId { get; set; }
    public Code Code { get; set; } = null!;
    public int RelatedCodeId { get; set; }
    public Code RelatedCode { get; set; } = null!;
    public required string Relationship { get; set; }
    public required string Source { get; set; }
}
