namespace CptGraph.Domain.Ingestion;

/// <summary>One ingested input file and what its rules did with it.</summary>
public sealed class IngestRun
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string Source { get; set; }
    public required string Sha256 { get; set; }
    public long Bytes { get; set; }
    public int? PayerId { get; set; }
    public string? ReportingEntityName { get; set; }
    public string? SchemaVersion { get; set; }
    public DateOnly? LastUpdatedOn { get; set; }
    public string? PlanName { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public double DurationSeconds { get; set; }
    public IngestCounts Counts { get; set; } = new();
}
