namespace CptGraph.Domain.Live;

/// <summary>A run committed; its record is in the database with the same transaction.</summary>
public sealed record IngestRunFinished(int RunId);
