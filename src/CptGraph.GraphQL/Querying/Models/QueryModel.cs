using System.Linq.Expressions;

namespace CptGraph.GraphQL.Querying.Models;

/// <summary>
/// Base for an entity's query model: a feature lists its fields once (<c>Scalar</c>, <c>Object</c>, <c>List</c>) and the generic
/// filtering, sorting, paging and projection code does the rest, so no entity has hand-written filter or sort types.
/// </summary>
public abstract class QueryModel<T>(string typeName, Expression<Func<T, object>> key) : IQueryModel
{
    private readonly List<QueryField> _fields = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _computed = new(StringComparer.Ordinal);
    private readonly List<string> _alwaysRead = [];

    public string TypeName => typeName;

    public Type EntityType => typeof(T);

    public IReadOnlyList<QueryField> Fields => _fields;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ComputedFields => _computed;

    public IReadOnlyList<string> AlwaysRead => _alwaysRead;

    /// <summary>The key without the boxing an <c>object</c> lambda adds to value types, so it sorts in SQL.</summary>
    public LambdaExpression Key => key.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed
        ? Expression.Lambda(boxed.Operand, key.Parameters) : key;

    protected void Scalar<TValue>(string name, Expression<Func<T, TValue>> member) =>
        _fields.Add(new QueryField(name, member, QueryFieldKind.Scalar, typeof(TValue)));

    /// <summary>An enum field; <paramref name="enumTypeName"/> is its GraphQL enum (e.g. <c>BillingClass</c>).</summary>
    protected void Enum<TValue>(string name, Expression<Func<T, TValue>> member, string enumTypeName)
        where TValue : struct, System.Enum =>
        _fields.Add(new QueryField(name, member, QueryFieldKind.Scalar, typeof(TValue), enumTypeName));

    protected void Object<TRelated>(string name, Expression<Func<T, TRelated?>> member) =>
        _fields.Add(new QueryField(name, member, QueryFieldKind.Object, typeof(TRelated)));

    protected void List<TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> member) =>
        _fields.Add(new QueryField(name, member, QueryFieldKind.List, typeof(TElement)));

    /// <summary>An output field that is not a column but is computed from these properties.</summary>
    protected void Computed(string name, params string[] properties) => _computed[name] = properties;

    protected void AlwaysReads(params string[] properties) => _alwaysRead.AddRange(properties);
}
