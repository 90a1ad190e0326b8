using GraphQL.Validation;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Limits;

/// <summary>The coded validation errors of the limits, with Hot Chocolate's messages and extensions where it has them.</summary>
internal static class LimitErrors
{
    public static ValidationError Create(ValidationContext context, ASTNode node, string code, string message, params (string Key, object? Value)[] extensions)
    {
        var error = new ValidationError(context.Document.Source, null, message, node) { Code = code, Extensions = [] };
        foreach (var (key, value) in extensions)
        {
            error.Extensions[key] = value;
        }

        return error;
    }
}
