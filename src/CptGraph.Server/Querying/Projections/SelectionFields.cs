using GraphQL;
using GraphQLParser.AST;

namespace CptGraph.Server.Querying.Projections;

/// <summary>
/// The field names a client selected below the current field, through fragments. Directives (@skip/@include) are not
/// evaluated: a skipped field is still read, which costs a column, never a wrong answer.
/// </summary>
public static class SelectionFields
{
    /// <summary>Names selected directly under the current field.</summary>
    public static IReadOnlySet<string> Of(IResolveFieldContext context) => Names(context, context.FieldAst.SelectionSet);

    /// <summary>Names selected on the nodes of a connection field: under <c>nodes</c> and under <c>edges { node }</c>.</summary>
    public static IReadOnlySet<string> OfConnectionNodes(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            if (field.Name.StringValue == "nodes")
            {
                names.UnionWith(Names(context, field.SelectionSet));
            }
            else if (field.Name.StringValue == "edges")
            {
                foreach (var node in Fields(context, field.SelectionSet).Where(f => f.Name.StringValue == "node"))
                {
                    names.UnionWith(Names(context, node.SelectionSet));
                }
            }
        }

        return names;
    }

    private static HashSet<string> Names(IResolveFieldContext context, GraphQLSelectionSet? selectionSet) =>
        Fields(context, selectionSet).Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(context, inline.SelectionSet),
                GraphQLFragmentSpread spread => Fields(context, context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name)?.SelectionSet),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}
