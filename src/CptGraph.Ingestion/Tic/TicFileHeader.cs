namespace CptGraph.Ingestion.Tic;

/// <summary>The root-level facts of an in-network-rates file.</summary>
public sealed record TicFileHeader(
    string? ReportingEntityName,
    string? ReportingEntityType,
    string? Version,
    DateOnly? LastUpdatedOn,
    string? PlanName,
    string? PlanId,
    string? PlanMarketType)
{
    /// <summary>What the parser noticed about the root (e.g. a key given twice); the run records them as warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
