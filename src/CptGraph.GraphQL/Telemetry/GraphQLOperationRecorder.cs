using System.Diagnostics;
using GraphQL;

namespace CptGraph.GraphQL.Telemetry;

/// <summary>
/// What every transport does once an operation has executed: the metrics and activity tags of
/// <see cref="GraphQLTelemetry"/>, and one structured log line with the same bounded name, the type, the duration, the
/// error count and the trace id (W3C, from the request's <c>traceparent</c> or the one ASP.NET Core started), so a
/// line in the log can be found from a trace and the other way round.
/// </summary>
public sealed partial class GraphQLOperationRecorder(ILogger<GraphQLOperationRecorder> logger)
{
    public void Record(Activity? activity, ExecutionResult result, TimeSpan elapsed, GraphQLTransport transport)
    {
        var name = GraphQLTelemetry.Record(activity, result, elapsed, transport);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogExecuted(name, GraphQLTelemetry.TypeOf(result), GraphQLTelemetry.TagOf(transport),
                Math.Round(elapsed.TotalMilliseconds, 3), result.Errors?.Count ?? 0, Activity.Current?.TraceId.ToHexString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} over {Transport}: {DurationMs} ms, {ErrorCount} errors, trace {TraceId}")]
    private partial void LogExecuted(string operationName, string operationType, string transport, double durationMs, int errorCount, string? traceId);
}
