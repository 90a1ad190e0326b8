using GraphQLParser.AST;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Whether a document's fragments spread into each other in a cycle. The limit rules ask this first and leave a cyclic
/// document to the spec's NoFragmentCycles error: expanding it would never end. Iterative, so a long chain of fragments
/// cannot exhaust the stack either.
/// </summary>
internal static class FragmentCycles
{
    public static bool Exist(GraphQLDocument document)
    {
        var spreads = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            spreads.TryAdd(fragment.FragmentName.Name.StringValue, SpreadsIn(fragment.SelectionSet));
        }

        // Depth-first colouring: 1 = on the current path, 2 = finished; reaching a fragment on the path is a cycle.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var start in spreads.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new Stack<(string Name, int Next)>();
            path.Push((start, 0));
            state[start] = 1;
            while (path.TryPop(out var top))
            {
                var targets = spreads[top.Name];
                if (top.Next >= targets.Count)
                {
                    state[top.Name] = 2;
                    continue;
                }

                path.Push(top with { Next = top.Next + 1 });
                var target = targets[top.Next];
                if (!spreads.ContainsKey(target))
                {
                    continue;
                }

                if (!state.TryGetValue(target, out var seen))
                {
                    state[target] = 1;
                    path.Push((target, 0));
                }
                else if (seen == 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<string> SpreadsIn(GraphQLSelectionSet root)
    {
        var names = new List<string>();
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(root);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLFragmentSpread spread:
                        names.Add(spread.FragmentName.Name.StringValue);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLField { SelectionSet: { } children }:
                        pending.Push(children);
                        break;
                }
            }
        }

        return names;
    }
}
