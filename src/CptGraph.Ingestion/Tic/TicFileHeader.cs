namespace CptGraph.Ingestion.Tic;

/// <summary>The root-level facts of an in-network-rates file.</summary>
public sealed record TicFileHeader(
    string? ReportingEntityName,
    string? ReportingEntityType,
    string? Version,
    DateOnly? LastUpdatedOn,
    string? PlanName,
    string? PlanId,
    string? PlanMarketType);
