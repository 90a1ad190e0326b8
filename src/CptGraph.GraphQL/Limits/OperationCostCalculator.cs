using CptGraph.GraphQL.Querying.Projections;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Computes an operation's cost with Hot Chocolate's defaults (IBM GraphQL cost specification): a field whose
/// resolver loads from the database weighs 10 (HC's async-resolver weight; <c>ResolveWithDbAsync</c> marks it with
/// <see cref="CostMetadata.Cost"/>, and so must any other loading resolver), any other composite field 1, a scalar 0;
/// a field's children count once per item of its list.
/// A list's size is its <c>first</c>/<c>last</c> argument (10 when absent, HC's slicingArgumentDefaultValue) and,
/// on a connection, applies to <c>edges</c> and <c>nodes</c>; other lists count as 1 item unless the field says
/// <see cref="CostMetadata.ListSize"/>. Introspection fields cost nothing, so the IDE always works.
/// Every <see cref="InputItemsPerCost"/> items of a field's capped inputs (sort entries, and/or terms, in values, ids)
/// add 1 to its weight (rounded down, so ordinary arguments cost nothing; a bulk argument may say more items per unit,
/// <see cref="InputLimitMetadata.MaxItems"/>); the walk also collects those sizes
/// (<see cref="InputSizes"/>) for the caps. A walk cut short, or a cost past <see cref="OperationCost.Ceiling"/>,
/// reports the ceiling: the cost is always a finite number.
/// </summary>
internal sealed class OperationCostCalculator(ISchema schema, GraphQLDocument document, Inputs variables, GraphQLLimitsOptions limits)
{
    public const int InputItemsPerCost = 10;

    public const double CompositeWeight = 1;
    public const int DefaultSlicingSize = 10;

    private static readonly string[] SlicingArguments = ["first", "last"];
    private static readonly string[] SizedFields = ["edges", "nodes"];

    private readonly SelectionWalk walk = new(document, schema);
    private readonly List<InputSize> inputSizes = [];

    /// <summary>Every capped input of the operation's fields, as measured by the last <see cref="Compute"/>.</summary>
    public IReadOnlyList<InputSize> InputSizes => inputSizes;

    public OperationCost Compute(GraphQLOperationDefinition operation)
    {
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => schema.Subscription,
        };
        var cost = SelectionSet(operation.SelectionSet, root, sizedFieldsSize: null, level: 1);
        return walk.Truncated ? OperationCost.Max : cost.Capped();
    }

    private OperationCost SelectionSet(GraphQLSelectionSet selectionSet, IGraphType? parentType, double? sizedFieldsSize, int level)
    {
        var total = OperationCost.Zero;
        foreach (var (node, parent) in walk.Fields(selectionSet, parentType, level))
        {
            total = total.Add(Field(node, parent, sizedFieldsSize, level));
        }

        return total;
    }

    private OperationCost Field(GraphQLField node, IGraphType? parentType, double? sizedFieldsSize, int level)
    {
        var name = node.Name.StringValue;
        if (SelectionFields.IsIntrospection(node) || parentType is not IComplexGraphType parent || parent.GetField(name) is not { } field)
        {
            return OperationCost.Zero;
        }

        var namedType = field.ResolvedType?.GetNamedType();
        var isComposite = namedType is IComplexGraphType or UnionGraphType;
        // Items are summed per rate before rounding down, so the ordinary caps cost what they always did.
        var inputItems = new Dictionary<int, long>();
        foreach (var size in Limits.InputSizes.Of(field, node, variables, limits))
        {
            inputSizes.Add(size);
            inputItems[size.ItemsPerCost] = inputItems.GetValueOrDefault(size.ItemsPerCost) + (size.Cap == InputCap.TextLength ? 0 : size.Detected);
        }

        var weight = (field.GetCostWeight() ?? (isComposite ? CompositeWeight : 0)) + inputItems.Sum(items => items.Value / items.Key);

        var isList = field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType };
        var slicingSize = SlicingSize(field, node);
        var listSize = sizedFieldsSize is { } sized && SizedFields.Contains(name) ? sized
            : isList ? slicingSize ?? field.GetAssumedListSize() ?? 1
            : 1;
        var childSizedFieldsSize = !isList ? slicingSize : null;

        var children = isComposite && node.SelectionSet is not null
            ? SelectionSet(node.SelectionSet, namedType, childSizedFieldsSize, level + 1)
            : OperationCost.Zero;
        return new OperationCost(
            weight + (listSize * children.FieldCost),
            isComposite ? listSize * (1 + children.TypeCost) : 0);
    }

    private double? SlicingSize(IFieldType field, GraphQLField node)
    {
        if (field.Arguments is null || !field.Arguments.Any(a => SlicingArguments.Contains(a.Name)))
        {
            return null;
        }

        double? size = null;
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            if (SlicingArguments.Contains(argument.Name.StringValue) && ValueOf(argument.Value) is { } value)
            {
                size = Math.Max(size ?? 0, value);
            }
        }

        return size ?? DefaultSlicingSize;
    }

    private double? ValueOf(GraphQLValue value) => value switch
    {
        GraphQLIntValue literal when double.TryParse(literal.Value.Span, out var parsed) => parsed,
        // Only numbers size a list: a string such as "abc" is left to variable coercion, which names the variable and its type.
        GraphQLVariable variable when variables.TryGetValue(variable.Name.StringValue, out var bound)
            && bound is int or long or double or decimal or float or short or byte or System.Numerics.BigInteger
            => System.Convert.ToDouble(bound is System.Numerics.BigInteger big ? (double)big : bound, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
