namespace CptGraph.Domain.Ingestion;

/// <summary>One attempt to ingest an input file (or URL) and what its rules did with it.</summary>
public sealed class IngestRun
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    /// <summary>The full path or URL read.</summary>
    public required string Source { get; set; }
    /// <summary>SHA-256 of the bytes read; empty when a run failed before any were read.</summary>
    public required string Sha256 { get; set; }
    public long Bytes { get; set; }
    /// <summary>A cheap identity of the source's version (local: size and modification time; HTTP: ETag or Last-Modified).</summary>
    public string? SourceVersion { get; set; }
    /// <summary>The table of contents the file was listed in, if it came from <c>ingest toc</c>.</summary>
    public string? TableOfContents { get; set; }
    public IngestRunStatus Status { get; set; } = IngestRunStatus.Succeeded;
    /// <summary>Why a failed run failed (file, place and problem); for a skipped run, which run had the content.</summary>
    public string? Error { get; set; }
    /// <summary>Problems that did not stop the run (e.g. a remote provider reference that could not be fetched), one per line.</summary>
    public string? Warnings { get; set; }
    /// <summary>The code set's release an import run read, e.g. <c>FY2026</c> or <c>2026Q2</c>.</summary>
    public string? Release { get; set; }

    /// <summary>The records an import run stored (codes, edges, MUE rows, ...).</summary>
    public long? Rows { get; set; }

    public int? PayerId { get; set; }
    public string? ReportingEntityName { get; set; }
    public string? SchemaVersion { get; set; }
    public DateOnly? LastUpdatedOn { get; set; }
    public string? PlanName { get; set; }
    public List<IngestRunPlan> Plans { get; set; } = [];
    public bool IsDemo { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public double DurationSeconds { get; set; }
    public IngestCounts Counts { get; set; } = new();
}
