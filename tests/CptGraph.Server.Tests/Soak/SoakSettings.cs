namespace CptGraph.Server.Tests.Soak;

/// <summary>
/// The soak's shape and its bounds. Two minutes by default (CI); <c>CPTGRAPH_SOAK_SECONDS</c> runs it longer.
/// The growth bounds are measured from a warm baseline (subscribers connected, first ingest and queries done), so JIT,
/// connection pools and the parsed-document cache filling up with the few documents sent are not counted as growth.
/// </summary>
internal static class SoakSettings
{
    public const string DurationVariable = "CPTGRAPH_SOAK_SECONDS";

    public const int Subscribers = 100;

    /// <summary>Two clients, each sending one query every 200 ms: 10 queries a second in all.</summary>
    public const int QueryClients = 2;

    public static readonly TimeSpan QueryPeriod = TimeSpan.FromMilliseconds(200);

    /// <summary>Pause between one ingest's exit and the next one's start.</summary>
    public static readonly TimeSpan IngestPause = TimeSpan.FromSeconds(3);

    /// <summary>How much the server's resident memory may grow over the soak (docs/limits.md).</summary>
    public const long ResidentGrowthBound = 160L * 1024 * 1024;

    /// <summary>How many more file descriptors the server may hold at the end than at the baseline (docs/limits.md).</summary>
    public const int HandleGrowthBound = 32;

    /// <summary>How long the subscribers may take to receive the last ingest's event after it committed.</summary>
    public static readonly TimeSpan EventPatience = TimeSpan.FromSeconds(60);

    public static TimeSpan Duration =>
        int.TryParse(Environment.GetEnvironmentVariable(DurationVariable), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(120);
}
