using System.Diagnostics;
using CptGraph.GraphQL.Limits;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Telemetry;

/// <summary>
/// What every transport does once an operation has executed: the metrics and activity tags of
/// <see cref="GraphQLTelemetry"/>, and a structured log line with the same bounded name, the type, the duration, the
/// error count and the trace id (W3C, from the request's <c>traceparent</c> or the one ASP.NET Core started), so a
/// line in the log can be found from a trace and the other way round. The line is at Information for an operation that
/// failed or was slow (<see cref="OperationLogOptions"/>), at Debug for the others.
/// </summary>
public sealed partial class GraphQLOperationRecorder(ILogger<GraphQLOperationRecorder> logger, IOptions<OperationLogOptions> options)
{
    public void Record(Activity? activity, ExecutionResult result, TimeSpan elapsed, GraphQLTransport transport, IDictionary<string, object?> userContext)
    {
        var name = GraphQLTelemetry.Record(activity, result, elapsed, transport, OperationCost.In(userContext));
        var errors = result.Errors?.Count ?? 0;
        var level = errors > 0 || elapsed.TotalMilliseconds >= options.Value.SlowMilliseconds ? LogLevel.Information : LogLevel.Debug;
        if (logger.IsEnabled(level))
        {
            LogExecuted(level, name, GraphQLTelemetry.TypeOf(result), GraphQLTelemetry.TagOf(transport),
                Math.Round(elapsed.TotalMilliseconds, 3), errors, Activity.Current?.TraceId.ToHexString());
        }
    }

    [LoggerMessage(Message = "GraphQL {OperationType} {OperationName} over {Transport}: {DurationMs} ms, {ErrorCount} errors, trace {TraceId}")]
    private partial void LogExecuted(LogLevel level, string operationName, string operationType, string transport, double durationMs, int errorCount, string? traceId);
}
