namespace CptGraph.Domain.Codes;

/// <summary>An ICD-10-CM diagnosis.</summary>
public sealed class Diagnosis
{
    public int Id { get; set; }
    public required string Value { get; set; }
    public required string Description { get; set; }
    public List<CodeDiagnosis> Codes { get; set; } = [];
}
