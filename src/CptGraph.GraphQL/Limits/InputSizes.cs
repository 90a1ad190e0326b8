using System.Collections;
using CptGraph.GraphQL.Querying.Filtering;
using CptGraph.GraphQL.Transport;
using CptGraph.GraphQL.Querying.Sorting;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Measures a field's capped arguments (docs/limits.md) as the request gives them, literal or variable: the entries of
/// an <c>order:</c> list, the <c>and</c>/<c>or</c> terms and the longest <c>in</c>/<c>nin</c> list of a <c>where:</c>,
/// and arguments marked with <see cref="InputLimitMetadata"/>. Linear in the input, which the request size bounds.
/// </summary>
internal static class InputSizes
{
    // Literal nesting is bounded by the parser and variables by the JSON reader (64); this only guards the recursion itself.
    private const int MaxNesting = 256;

    public static IEnumerable<InputSize> Of(IFieldType field, GraphQLField node, Inputs variables, GraphQLLimitsOptions limits)
    {
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            if (field.Arguments?.Find(name) is not { } definition)
            {
                continue;
            }

            var value = Resolve(argument.Value, variables);
            var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
            if (type is ListGraphType && type.GetNamedType() is SortInputGraphType)
            {
                yield return new InputSize(name, InputCap.SortEntries, Count(value), limits.MaxSortEntries, GraphQLErrorCodes.MaxSortEntries);
            }
            else if (type is FilterInputGraphType)
            {
                var counts = new FilterCounts();
                CountFilter(value, variables, counts, 0);
                yield return new InputSize(name, InputCap.FilterTerms, counts.Terms, limits.MaxFilterTerms, GraphQLErrorCodes.MaxFilterTerms);
                yield return new InputSize(name, InputCap.InValues, counts.InValues, limits.MaxInValues, GraphQLErrorCodes.MaxInValues);
            }

            if (definition.GetMaxItems() is { } maxItems)
            {
                yield return new InputSize(name, InputCap.ListItems, Count(value), maxItems.Max, maxItems.Code, maxItems.ItemsPerCost);
            }

            if (definition.GetMaxLength() is { } maxLength && TextLength(value) is { } length)
            {
                yield return new InputSize(name, InputCap.TextLength, length, maxLength.Max, maxLength.Code);
            }
        }
    }

    private static void CountFilter(object? value, Inputs variables, FilterCounts counts, int nesting)
    {
        if (nesting > MaxNesting)
        {
            return;
        }

        foreach (var (key, field) in Fields(value))
        {
            var resolved = Resolve(field, variables);
            if (key is "and" or "or" && Items(resolved) is { } parts)
            {
                counts.Terms += parts.Count;
                foreach (var part in parts)
                {
                    CountFilter(Resolve(part, variables), variables, counts, nesting + 1);
                }
            }
            else if (key is "in" or "nin")
            {
                counts.InValues = Math.Max(counts.InValues, Count(resolved));
            }
            else
            {
                CountFilter(resolved, variables, counts, nesting + 1);
            }
        }
    }

    private static object? Resolve(object? value, Inputs variables) =>
        value is GraphQLVariable variable ? variables.TryGetValue(variable.Name.StringValue, out var bound) ? bound : null : value;

    /// <summary>A list's length; a single value where a list is expected is coerced to a list of one.</summary>
    private static int Count(object? value) => value switch
    {
        null or GraphQLNullValue => 0,
        _ => Items(value)?.Count ?? 1,
    };

    private static IList? Items(object? value) => value switch
    {
        GraphQLListValue list => (IList?)list.Values ?? Array.Empty<object>(),
        string => null,
        IList list => list,
        _ => null,
    };

    private static IEnumerable<(string Key, object? Value)> Fields(object? value) => value switch
    {
        GraphQLObjectValue literal => (literal.Fields ?? []).Select(f => (f.Name.StringValue, (object?)f.Value)),
        IDictionary<string, object?> map => map.Select(pair => (pair.Key, pair.Value)),
        _ => [],
    };

    private static int? TextLength(object? value) => value switch
    {
        GraphQLStringValue literal => literal.Value.Length,
        string text => text.Length,
        _ => null,
    };

    private sealed class FilterCounts
    {
        public int Terms { get; set; }

        public int InValues { get; set; }
    }
}
