namespace CptGraph.Ingestion.Runs;

/// <summary>Shows running ingests: a live bar in a terminal, periodic log lines elsewhere.</summary>
public interface IIngestProgressDisplay
{
    /// <summary>Starts showing <paramref name="progress"/>; disposing the result shows the final state and stops.</summary>
    IDisposable Show(IngestProgress progress);
}
