using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace CptGraph.Server.Limits;

/// <summary>
/// The fields a selection set selects, with inline fragments and fragment spreads flattened in, each with the type it
/// is selected on. A fragment is never expanded inside itself, so a cyclic (invalid) document cannot loop.
/// </summary>
internal static class SelectionFields
{
    public static IEnumerable<(GraphQLField Field, IGraphType? ParentType)> Of(
        GraphQLSelectionSet selectionSet, IGraphType? parentType, GraphQLDocument document, ISchema? schema) =>
        Of(selectionSet, parentType, document, schema, []);

    public static bool IsIntrospection(GraphQLField field) =>
        field.Name.Value.Span.StartsWith("__".AsSpan(), StringComparison.Ordinal);

    private static IEnumerable<(GraphQLField, IGraphType?)> Of(
        GraphQLSelectionSet selectionSet, IGraphType? parentType, GraphQLDocument document, ISchema? schema, HashSet<string> expanding)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return (field, parentType);
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var nested in Of(inline.SelectionSet, TypeOf(inline.TypeCondition, parentType, schema), document, schema, expanding))
                    {
                        yield return nested;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var fragment = document.FindFragmentDefinition(spread.FragmentName.Name.Value);
                    if (fragment is null || !expanding.Add(name))
                    {
                        break;
                    }

                    foreach (var nested in Of(fragment.SelectionSet, TypeOf(fragment.TypeCondition, parentType, schema), document, schema, expanding))
                    {
                        yield return nested;
                    }

                    expanding.Remove(name);
                    break;
            }
        }
    }

    private static IGraphType? TypeOf(GraphQLTypeCondition? condition, IGraphType? parentType, ISchema? schema) =>
        condition is null || schema is null ? parentType : schema.AllTypes[condition.Type.Name.StringValue] ?? parentType;
}
