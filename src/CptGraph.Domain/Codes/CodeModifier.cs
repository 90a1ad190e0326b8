namespace CptGraph.Domain.Codes;

/// <summary>A modifier commonly used with a code, and when to use it.</summary>
public sealed class CodeModifier
{
    public int CodeId { get; set; }
    public Code Code { get; set; } = null!;
    public int ModifierId { get; set; }
    public Modifier Modifier { get; set; } = null!;
    public required string Usage { get; set; }
    public required string Source { get; set; }
}
