namespace CptGraph.Domain.Live;

/// <summary>The phases an ingest run reports, in order.</summary>
public static class IngestPhases
{
    public const string Started = "STARTED";
    public const string Reading = "READING";
    public const string Recomputing = "RECOMPUTING";
    public const string Committed = "COMMITTED";
}
