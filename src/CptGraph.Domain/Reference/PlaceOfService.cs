namespace CptGraph.Domain.Reference;

/// <summary>A CMS Place of Service code (two digits, e.g. <c>11</c> Office).</summary>
public sealed class PlaceOfService : IReferenceEntity
{
    public int Id { get; set; }

    /// <summary>The two-digit code, e.g. <c>11</c>.</summary>
    public required string Value { get; set; }

    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>The import run that last wrote this row.</summary>
    public int? IngestRunId { get; set; }
}
