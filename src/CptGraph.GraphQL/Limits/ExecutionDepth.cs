using CptGraph.GraphQL.Querying.Projections;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Limits;

/// <summary>The deepest field nesting of an operation, as Hot Chocolate's max-execution-depth rule counts it.</summary>
internal static class ExecutionDepth
{
    /// <summary>
    /// Introspection subtrees are skipped: the IDE's introspection query nests <c>ofType</c> deeper than any data query.
    /// A walk cut short at <see cref="SelectionWalk.MaxDepth"/> reports one level more than that bound.
    /// </summary>
    public static int Of(GraphQLOperationDefinition operation, GraphQLDocument document)
    {
        var walk = new SelectionWalk(document, null);
        var depth = Of(operation.SelectionSet, walk, 1);
        return walk.TooDeep ? Math.Max(depth, SelectionWalk.MaxDepth + 1) : depth;
    }

    private static int Of(GraphQLSelectionSet? selectionSet, SelectionWalk walk, int level)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        var depth = 0;
        foreach (var (field, _) in walk.Fields(selectionSet, null, level))
        {
            if (!SelectionFields.IsIntrospection(field))
            {
                depth = Math.Max(depth, 1 + Of(field.SelectionSet, walk, level + 1));
            }
        }

        return depth;
    }
}
