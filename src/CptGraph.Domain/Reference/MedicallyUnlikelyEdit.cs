namespace CptGraph.Domain.Reference;

/// <summary>A code's practitioner MUE: the most units of service one provider reports for one patient on one date of service.</summary>
public sealed class MedicallyUnlikelyEdit
{
    public int Id { get; set; }
    public int CodeId { get; set; }
    public int Units { get; set; }

    /// <summary>The MUE adjudication indicator as CMS writes it, e.g. <c>3 Date of Service Edit: Clinical</c>.</summary>
    public required string AdjudicationIndicator { get; set; }

    public string? Rationale { get; set; }

    /// <summary>The table's effective date (from the file name or <c>--effective</c>).</summary>
    public DateOnly? EffectiveOn { get; set; }

    public int IngestRunId { get; set; }
}
