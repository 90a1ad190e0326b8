namespace CptGraph.Domain.Live;

/// <summary>A run reached <see cref="Phase"/> (one of <see cref="IngestPhases"/>) with <see cref="Kept"/> observations stored so far.</summary>
public sealed record IngestRunProgress(int RunId, string Phase, long Kept, string Source);
