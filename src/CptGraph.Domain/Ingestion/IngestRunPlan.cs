namespace CptGraph.Domain.Ingestion;

/// <summary>
/// A health plan an ingested file reports for: from the file's own root fields (single-plan files) or from the
/// table of contents that listed it (a file shared by several plans carries each of them).
/// </summary>
public sealed class IngestRunPlan
{
    public string? PlanName { get; set; }
    public string? PlanId { get; set; }
    /// <summary><c>ein</c> or <c>hios</c>.</summary>
    public string? PlanIdType { get; set; }
    /// <summary><c>group</c> or <c>individual</c>.</summary>
    public string? PlanMarketType { get; set; }
    public string? IssuerName { get; set; }
}
