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
/// </summary>
internal sealed class OperationCostCalculator(ISchema schema, GraphQLDocument document, Inputs variables)
{
    public const double CompositeWeight = 1;
    public const int DefaultSlicingSize = 10;

    private static readonly string[] SlicingArguments = ["first", "last"];
    private static readonly string[] SizedFields = ["edges", "nodes"];

    private readonly WalkBudget budget = new();

    public OperationCost Compute(GraphQLOperationDefinition operation)
    {
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => schema.Subscription,
        };
        var cost = SelectionSet(operation.SelectionSet, root, sizedFieldsSize: null);
        return budget.Exhausted ? new OperationCost(double.PositiveInfinity, double.PositiveInfinity) : cost;
    }

    private OperationCost SelectionSet(GraphQLSelectionSet selectionSet, IGraphType? parentType, double? sizedFieldsSize)
    {
        var total = OperationCost.Zero;
        foreach (var (node, parent) in SelectionFields.Of(selectionSet, parentType, document, schema))
        {
            if (!budget.TrySpend())
            {
                break;
            }

            total = total.Add(Field(node, parent, sizedFieldsSize));
        }

        return total;
    }

    private OperationCost Field(GraphQLField node, IGraphType? parentType, double? sizedFieldsSize)
    {
        var name = node.Name.StringValue;
        if (SelectionFields.IsIntrospection(node) || parentType is not IComplexGraphType parent || parent.GetField(name) is not { } field)
        {
            return OperationCost.Zero;
        }

        var namedType = field.ResolvedType?.GetNamedType();
        var isComposite = namedType is IComplexGraphType or UnionGraphType;
        var weight = field.GetCostWeight() ?? (isComposite ? CompositeWeight : 0);

        var isList = field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType };
        var slicingSize = SlicingSize(field, node);
        var listSize = sizedFieldsSize is { } sized && SizedFields.Contains(name) ? sized
            : isList ? slicingSize ?? field.GetAssumedListSize() ?? 1
            : 1;
        var childSizedFieldsSize = !isList ? slicingSize : null;

        var children = isComposite && node.SelectionSet is not null
            ? SelectionSet(node.SelectionSet, namedType, childSizedFieldsSize)
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
        GraphQLVariable variable when variables.TryGetValue(variable.Name.StringValue, out var bound) && bound is IConvertible convertible
            => convertible.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
