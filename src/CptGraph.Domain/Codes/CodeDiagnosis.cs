namespace CptGraph.Domain.Codes;

/// <summary>A diagnosis that commonly accompanies a code, and why it is relevant.</summary>
public sealed class CodeDiagnosis
{
    public int CodeId { get; set; }
    public Code Code { get; set; } = null!;
    public int DiagnosisId { get; set; }
    public Diagnosis Diagnosis { get; set; } = null!;
    public required string Relevance { get; set; }
    public required string Source { get; set; }
}
