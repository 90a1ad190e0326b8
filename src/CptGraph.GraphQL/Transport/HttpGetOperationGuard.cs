using CptGraph.GraphQL.DocumentCache;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CptGraph.GraphQL.Transport;

/// <summary>
/// GET may only run queries (GraphQL-over-HTTP; Hot Chocolate answers 405). The check parses the document, so a
/// mutation is refused even while the schema has no Mutation type, and hands the parsed document on to execution.
/// </summary>
public static class HttpGetOperationGuard
{
    /// <returns>The parsed document, or null when it does not parse (execution then reports the coded error).</returns>
    /// <param name="documentCache">Where a document seen before is taken from instead of being parsed again.</param>
    public static GraphQLDocument? Check(string? query, string? operationName, ParsedDocumentCache documentCache)
    {
        if (query is null)
        {
            return null;
        }

        if (!documentCache.TryGet(query, out var document) || document is null)
        {
            try
            {
                document = Parser.Parse(query);
            }
            catch (GraphQLParserException)
            {
                // A syntax error or nesting past the parser's limit: execution parses again and reports it, coded.
                return null;
            }
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (selected is not null && selected.Operation != OperationType.Query)
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status405MethodNotAllowed,
                GraphQLErrorCodes.OperationKindNotAllowed,
                $"Only queries may be sent with GET; send the {selected.Operation.ToString().ToLowerInvariant()} with POST.",
                allow: HttpMethods.Post);
        }

        return document;
    }
}
