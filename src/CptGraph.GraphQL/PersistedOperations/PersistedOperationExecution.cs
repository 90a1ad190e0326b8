using CptGraph.GraphQL.Transport;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.PersistedOperations;

/// <summary>
/// Turns a persisted-operation request into document text before anything parses it: <c>documentId</c> (or <c>id</c>)
/// runs a stored document; <c>extensions.persistedQuery</c> runs a remembered one, or remembers the one sent along;
/// in allow-list mode anything else is refused. Living in execution rather than the HTTP transport, it serves
/// every transport alike.
/// </summary>
public sealed class PersistedOperationExecution(PersistedOperationStore store, IOptions<PersistedOperationOptions> options) : IConfigureExecution
{
    /// <summary>After GraphQL.NET's option set-up (100), before the document cache (200), which needs the text.</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var settings = options.Value;
        if (executionOptions.DocumentId is { } documentId)
        {
            return await RunStoredAsync(executionOptions, documentId, next);
        }

        var automatic = settings.EnableAutomaticPersistedQueries ? AutomaticPersistedQuery.From(executionOptions.Extensions) : null;
        if (automatic is not null && executionOptions.Query is null)
        {
            var document = await store.FindAsync(automatic.Hash, executionOptions.CancellationToken);
            if (document is null)
            {
                return Error(GraphQLErrorCodes.PersistedOperationNotFound, "PersistedQueryNotFound");
            }

            executionOptions.Query = document;
            return await next(executionOptions);
        }

        if (settings.OnlyAllowPersistedDocuments && executionOptions.Query is not null)
        {
            return Error(GraphQLErrorCodes.OnlyPersistedOperationsAllowed, "Only persisted operations are allowed.");
        }

        if (automatic is null)
        {
            return await next(executionOptions);
        }

        return await RememberAsync(executionOptions, automatic, next);
    }

    private async Task<ExecutionResult> RunStoredAsync(ExecutionOptions executionOptions, string documentId, ExecutionDelegate next)
    {
        var hash = DocumentHash.Normalize(documentId);
        var document = hash is null ? null : await store.FindAsync(hash, executionOptions.CancellationToken);
        if (document is null)
        {
            return Error(GraphQLErrorCodes.PersistedOperationNotFound, "The specified persisted operation key is invalid.", ("requestedKey", documentId));
        }

        if (executionOptions.Query is { } query && query != document)
        {
            return Error(GraphQLErrorCodes.PersistedQueryHashMismatch, "The query sent with documentId is not the stored document; send one or the other.");
        }

        executionOptions.Query = document;
        executionOptions.DocumentId = null;
        return await next(executionOptions);
    }

    private async Task<ExecutionResult> RememberAsync(ExecutionOptions executionOptions, AutomaticPersistedQuery automatic, ExecutionDelegate next)
    {
        var actual = DocumentHash.Of(executionOptions.Query!);
        if (actual != automatic.Hash)
        {
            return Error(
                GraphQLErrorCodes.PersistedQueryHashMismatch,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.",
                ("expectedHash", actual));
        }

        var result = await next(executionOptions);
        if (result.Executed)
        {
            await store.RegisterAsync(automatic.Hash, executionOptions.Query!, executionOptions.CancellationToken);
            result.Extensions ??= [];
            result.Extensions[AutomaticPersistedQuery.ExtensionName] = new Dictionary<string, object?>
            {
                ["sha256Hash"] = automatic.Hash,
                ["persisted"] = true,
            };
        }

        return result;
    }

    private static ExecutionResult Error(string code, string message, params (string Key, object? Value)[] extensions)
    {
        var error = new ExecutionError(message) { Code = code, Extensions = [] };
        foreach (var (key, value) in extensions)
        {
            error.Extensions[key] = value;
        }

        return new ExecutionResult(error);
    }
}
