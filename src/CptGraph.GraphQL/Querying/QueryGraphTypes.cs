using CptGraph.GraphQL.Querying.Filtering;
using CptGraph.GraphQL.Querying.Models;
using CptGraph.GraphQL.Querying.Paging;
using CptGraph.GraphQL.Querying.Sorting;
using GraphQL.Types;

namespace CptGraph.GraphQL.Querying;

/// <summary>
/// The generated filter, sort and connection types, one instance per name: a schema refuses two different types with the
/// same name, and several fields share e.g. <c>CodeFilterInput</c>. A singleton, so each server's schema has its own set.
/// </summary>
public sealed class QueryGraphTypes(QueryModels models)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IGraphType> _types = new(StringComparer.Ordinal);

    public QueryModels Models => models;

    public IGraphType SortEnum => GetOrAdd("SortEnumType", () => new SortEnumType());

    public FilterInputGraphType Filter(Type entityType)
    {
        var model = models.For(entityType);
        return GetOrAdd(model.TypeName + "FilterInput", () => new FilterInputGraphType(model), t => t.Populate(this));
    }

    public ListFilterInputGraphType ListFilter(Type entityType)
    {
        var element = Filter(entityType);
        return GetOrAdd("ListFilterInputTypeOf" + element.Name, () => new ListFilterInputGraphType(element));
    }

    public SortInputGraphType Sort(Type entityType)
    {
        var model = models.For(entityType);
        return GetOrAdd(model.TypeName + "SortInput", () => new SortInputGraphType(model), t => t.Populate(this));
    }

    public IGraphType OperationFilter(Type valueType, string? enumTypeName)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        var (scalar, operations) = enumTypeName is not null ? (enumTypeName, FilterOperations.Enum)
            : type == typeof(string) ? ("String", FilterOperations.String)
            : type == typeof(bool) ? ("Boolean", FilterOperations.Boolean)
            : type == typeof(int) ? ("Int", FilterOperations.Comparable)
            : type == typeof(long) ? ("Long", FilterOperations.Comparable)
            : type == typeof(decimal) ? ("Decimal", FilterOperations.Comparable)
            : type == typeof(double) ? ("Float", FilterOperations.Comparable)
            : throw new NotSupportedException($"No filter operations for {type.Name}.");
        return GetOrAdd(scalar + "OperationFilterInput",
            () => new OperationFilterInputGraphType(scalar + "OperationFilterInput", scalar, new GraphQLTypeReference(scalar), operations));
    }

    /// <summary><c>&lt;Field&gt;Connection</c> (named from the field, as Hot Chocolate does) over <paramref name="nodeTypeName"/>.</summary>
    public ConnectionGraphType Connection(string fieldName, string nodeTypeName)
    {
        var prefix = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        var connection = GetOrAdd(prefix + "Connection", () => new ConnectionGraphType(prefix, nodeTypeName));
        return connection.NodeTypeName == nodeTypeName ? connection
            : throw new InvalidOperationException($"{connection.Name} already pages {connection.NodeTypeName}, not {nodeTypeName}.");
    }

    private TType GetOrAdd<TType>(string name, Func<TType> create, Action<TType>? populate = null)
        where TType : IGraphType
    {
        lock (_lock)
        {
            if (_types.TryGetValue(name, out var existing))
            {
                return (TType)existing;
            }

            var type = create();
            _types[name] = type;
            populate?.Invoke(type);
            return type;
        }
    }
}
