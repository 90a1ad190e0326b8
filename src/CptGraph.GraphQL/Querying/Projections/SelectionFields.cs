using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Querying.Projections;

/// <summary>
/// The fields a selection set selects, with inline fragments and fragment spreads flattened in: one walk for the limits
/// (depth, cost, which also need the type each field is selected on) and for the projections (which columns to read).
/// A fragment is never expanded inside itself, so a cyclic (invalid) document cannot loop. Directives (@skip/@include)
/// are not evaluated: a skipped field is still counted and read, which costs a column, never a wrong answer.
/// </summary>
public static class SelectionFields
{
    /// <summary>Every field of <paramref name="selectionSet"/>, with the type it is selected on (<paramref name="parentType"/> or a fragment's type condition when <paramref name="schema"/> is given).</summary>
    public static IEnumerable<(GraphQLField Field, IGraphType? ParentType)> Of(
        GraphQLSelectionSet selectionSet, IGraphType? parentType, GraphQLDocument document, ISchema? schema) =>
        Of(selectionSet, parentType, document, schema, []);

    public static bool IsIntrospection(GraphQLField field) =>
        field.Name.Value.Span.StartsWith("__".AsSpan(), StringComparison.Ordinal);

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

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet) =>
        selectionSet is null ? [] : Of(selectionSet, null, context.Document, null, []).Select(f => f.Field);

    private static IEnumerable<(GraphQLField Field, IGraphType? ParentType)> Of(
        GraphQLSelectionSet selectionSet, IGraphType? parentType, GraphQLDocument document, ISchema? schema, HashSet<string> expanding)
    {
        // An explicit stack rather than nested iterators: a long chain of fragments costs heap, not stack.
        var pending = new Stack<(GraphQLSelectionSet Set, IGraphType? Type, int Index, string? Fragment)>();
        pending.Push((selectionSet, parentType, 0, null));
        while (pending.TryPop(out var frame))
        {
            if (frame.Index >= frame.Set.Selections.Count)
            {
                if (frame.Fragment is not null)
                {
                    expanding.Remove(frame.Fragment);
                }

                continue;
            }

            pending.Push(frame with { Index = frame.Index + 1 });
            switch (frame.Set.Selections[frame.Index])
            {
                case GraphQLField field:
                    yield return (field, frame.Type);
                    break;
                case GraphQLInlineFragment inline:
                    pending.Push((inline.SelectionSet, TypeOf(inline.TypeCondition, frame.Type, schema), 0, null));
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment && expanding.Add(name))
                    {
                        pending.Push((fragment.SelectionSet, TypeOf(fragment.TypeCondition, frame.Type, schema), 0, name));
                    }

                    break;
            }
        }
    }

    private static IGraphType? TypeOf(GraphQLTypeCondition? condition, IGraphType? parentType, ISchema? schema) =>
        condition is null || schema is null ? parentType : schema.AllTypes[condition.Type.Name.StringValue] ?? parentType;
}
