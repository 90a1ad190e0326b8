namespace CptGraph.GraphQL.Transport;

public sealed partial class GraphQLHttpHandler
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL operation {OperationName} answered {StatusCode} with {ErrorCount} errors")]
    private partial void LogExecuted(string? operationName, int statusCode, int errorCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL {Method} request refused with {StatusCode} {Code}: {Reason}")]
    private partial void LogRefused(string method, int statusCode, string code, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL request aborted by the client")]
    private partial void LogAborted();

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL request failed unexpectedly")]
    private partial void LogFailed(Exception exception);
}
