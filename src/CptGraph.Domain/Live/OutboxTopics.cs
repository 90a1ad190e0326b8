namespace CptGraph.Domain.Live;

/// <summary>The kinds of outbox event; each names the payload record it carries.</summary>
public static class OutboxTopics
{
    /// <summary><see cref="DistributionsChanged"/>: a code's distributions for one billing class and modifier set changed.</summary>
    public const string Distributions = "distributions.changed";

    /// <summary><see cref="IngestRunProgress"/>: a run reached a phase.</summary>
    public const string IngestProgress = "ingest.progress";

    /// <summary><see cref="IngestRunFinished"/>: a run committed.</summary>
    public const string IngestFinished = "ingest.finished";
}
