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

    /// <summary>Not stored: a content row is <see cref="RelatedCodeKind.Curated"/>; official edits are served as relations too.</summary>
    public RelatedCodeKind Kind { get; set; }

    /// <summary>Not stored: the official edit an official relation was made from.</summary>
    public Reference.CodeEdge? Edit { get; set; }
}
