namespace CptGraph.Ingestion.Runs;

/// <summary>How often <see cref="LogProgressDisplay"/> writes a line (default 10 s; CLI <c>--progress-every</c>).</summary>
public sealed class IngestProgressOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);
}
