using CptGraph.GraphQL.Querying.Projections;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Limits;

/// <summary>The deepest field nesting of an operation, as Hot Chocolate's max-execution-depth rule counts it.</summary>
internal static class ExecutionDepth
{
    /// <summary>Introspection subtrees are skipped: the IDE's introspection query nests <c>ofType</c> deeper than any data query.</summary>
    public static int Of(GraphQLOperationDefinition operation, GraphQLDocument document) =>
        Of(operation.SelectionSet, document, new WalkBudget());

    private static int Of(GraphQLSelectionSet? selectionSet, GraphQLDocument document, WalkBudget budget)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        var depth = 0;
        foreach (var (field, _) in SelectionFields.Of(selectionSet, null, document, null))
        {
            if (!budget.TrySpend())
            {
                break;
            }

            if (!SelectionFields.IsIntrospection(field))
            {
                depth = Math.Max(depth, 1 + Of(field.SelectionSet, document, budget));
            }
        }

        return depth;
    }
}
