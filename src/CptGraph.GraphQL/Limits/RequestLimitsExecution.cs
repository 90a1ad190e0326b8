using CptGraph.GraphQL.Transport;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Applies the limits that come before and around validation: document length and token count (only for a
/// document about to be parsed; a cached one passed them already) and the execution timeout (HC0045).
/// </summary>
public sealed class RequestLimitsExecution(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    /// <summary>After the persisted-operation lookup (100) and the document cache (200), just before parsing.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var limits = options.Value;
        if (executionOptions.Document is null && executionOptions.Query is { } query)
        {
            if (query.Length > limits.MaxDocumentLength)
            {
                return Refused(
                    GraphQLErrorCodes.MaxDocumentSize,
                    $"The GraphQL document has {query.Length} characters which exceeds the max allowed document size of {limits.MaxDocumentLength}.",
                    ("allowedDocumentSize", limits.MaxDocumentLength));
            }

            if (TokenCounter.Count(query, limits.MaxTokenCount) > limits.MaxTokenCount)
            {
                return Refused(
                    GraphQLErrorCodes.MaxTokenCount,
                    $"The GraphQL document contains more than {limits.MaxTokenCount} tokens. Parsing aborted.",
                    ("allowedTokenCount", limits.MaxTokenCount));
            }
        }

        executionOptions.Timeout = limits.ExecutionTimeout;
        executionOptions.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        var result = await next(executionOptions);
        if (result.Errors?.Any(e => e is TimeoutError || IsNestingError(e)) == true)
        {
            var errors = new ExecutionErrors();
            errors.AddRange(result.Errors.Select(e => e is TimeoutError ? TimedOut(limits.ExecutionTimeout) : IsNestingError(e) ? NestedTooDeep(e) : e));
            result.Errors = errors;
        }

        return result;
    }

    /// <summary>
    /// GraphQL.NET reports the parser's own nesting limit as an unhandled "Error executing document." (a 500 under
    /// application/graphql-response+json); it is the client's document that is too deep, so it gets the depth code.
    /// </summary>
    private static bool IsNestingError(ExecutionError error) => error.InnerException is GraphQLParser.Exceptions.GraphQLMaxDepthExceededException;

    private static ExecutionError NestedTooDeep(ExecutionError error) =>
        new($"The GraphQL document is nested deeper than the parser allows: {error.InnerException!.Message.Split('\n')[0]}")
        {
            Code = GraphQLErrorCodes.MaxExecutionDepth,
        };

    private static ExecutionError TimedOut(TimeSpan timeout) =>
        new($"The request exceeded the configured timeout of `{timeout}`.") { Code = GraphQLErrorCodes.ExecutionTimeout };

    private static ExecutionResult Refused(string code, string message, (string Key, object? Value) extension) => new(
        new ExecutionError(message) { Code = code, Extensions = new() { [extension.Key] = extension.Value } });
}
