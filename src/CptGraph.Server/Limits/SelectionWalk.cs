using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace CptGraph.Server.Limits;

/// <summary>
/// The one walk over an operation's selections that the depth, cost and input-size rules share. It is bounded three
/// ways, so no document can make it recurse without end or run for long: it descends at most <see cref="MaxDepth"/>
/// field levels, visits at most <see cref="MaxVisitedFields"/> fields (fragments spread into each other expand
/// exponentially), and never expands a fragment inside itself. The rules also skip a document with a fragment cycle
/// (<see cref="FragmentCycles"/>) and leave it to the spec's NoFragmentCycles error.
/// </summary>
internal sealed class SelectionWalk(GraphQLDocument document, ISchema? schema)
{
    /// <summary>Far deeper than any execution-depth limit worth setting, far shallower than what would exhaust the stack.</summary>
    public const int MaxDepth = 64;

    public const int MaxVisitedFields = 100_000;

    private int visited;

    /// <summary>True once the walk stopped descending at <see cref="MaxDepth"/>.</summary>
    public bool TooDeep { get; private set; }

    /// <summary>True once the walk stopped after <see cref="MaxVisitedFields"/> fields.</summary>
    public bool TooWide { get; private set; }

    /// <summary>True when the walk stopped early either way; its figures are then lower bounds.</summary>
    public bool Truncated => TooDeep || TooWide;

    public static bool IsIntrospection(GraphQLField field) =>
        field.Name.Value.Span.StartsWith("__".AsSpan(), StringComparison.Ordinal);

    /// <summary>
    /// The fields <paramref name="selectionSet"/> selects at field level <paramref name="depth"/> (1 for the operation's own),
    /// inline fragments and fragment spreads flattened in, each with the type it is selected on.
    /// </summary>
    public IEnumerable<(GraphQLField Field, IGraphType? ParentType)> Fields(GraphQLSelectionSet selectionSet, IGraphType? parentType, int depth)
    {
        if (depth > MaxDepth)
        {
            TooDeep = true;
            yield break;
        }

        // An explicit stack rather than nested iterators: a long chain of fragments costs heap, not stack.
        var pending = new Stack<(GraphQLSelectionSet Set, IGraphType? Type, int Index, string? Fragment)>();
        var expanding = new HashSet<string>(StringComparer.Ordinal);
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
                    if (++visited > MaxVisitedFields)
                    {
                        TooWide = true;
                        yield break;
                    }

                    yield return (field, frame.Type);
                    break;
                case GraphQLInlineFragment inline:
                    pending.Push((inline.SelectionSet, TypeOf(inline.TypeCondition, frame.Type), 0, null));
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment && expanding.Add(name))
                    {
                        pending.Push((fragment.SelectionSet, TypeOf(fragment.TypeCondition, frame.Type), 0, name));
                    }

                    break;
            }
        }
    }

    private IGraphType? TypeOf(GraphQLTypeCondition? condition, IGraphType? parentType) =>
        condition is null || schema is null ? parentType : schema.AllTypes[condition.Type.Name.StringValue] ?? parentType;
}
