using GraphQL.Types;
using CptGraph.GraphQL.Querying.Projections;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// The one walk over an operation's selections that the depth, cost and input-size rules share. It is bounded three
/// ways, so no document can make it recurse without end or run for long: it descends at most <see cref="MaxDepth"/>
/// field levels, visits at most <see cref="MaxVisitedFields"/> fields (fragments spread into each other expand
/// exponentially), and (through <see cref="SelectionFields"/>) never expands a fragment inside itself. The rules also skip a document with a fragment cycle
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

        foreach (var selected in SelectionFields.Of(selectionSet, parentType, document, schema))
        {
            if (++visited > MaxVisitedFields)
            {
                TooWide = true;
                yield break;
            }

            yield return selected;
        }
    }
}
