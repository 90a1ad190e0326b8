namespace CptGraph.GraphQL.Telemetry;

/// <summary>Bound from the <c>GraphQL:OperationLog</c> configuration section: which executed operations get a log line at Information.</summary>
public sealed class OperationLogOptions
{
    public const string SectionName = "GraphQL:OperationLog";

    /// <summary>
    /// An operation that took at least this long, or had an error, is logged at Information; every other one at Debug
    /// (set <c>Logging:LogLevel:CptGraph.GraphQL.Telemetry</c> to <c>Debug</c> for a line per operation, or this to 0).
    /// One second by default. A line per operation cost 18 % of a light request's CPU (formatting JSON with its state
    /// and scopes; docs/benchmarks/2026-12-04-api-quiet.md), and the metrics already count and time every operation.
    /// </summary>
    public int SlowMilliseconds { get; set; } = 1000;
}
