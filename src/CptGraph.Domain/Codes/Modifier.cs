namespace CptGraph.Domain.Codes;

/// <summary>A CPT/HCPCS billing modifier such as 59 or 76.</summary>
public sealed class Modifier
{
    public int Id { get; set; }
    public required string Value { get; set; }
    public required string Name { get; set; }
    public List<CodeModifier> Codes { get; set; } = [];
}
