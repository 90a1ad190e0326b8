using System.Linq.Expressions;

namespace CptGraph.GraphQL.Querying.Sorting;

/// <summary>A field's order when the client gives no <c>order:</c>, as lambdas over the listed entity.</summary>
public sealed class DefaultOrder<TItem>
{
    private readonly List<(LambdaExpression Key, bool Descending)> _keys = [];

    public IReadOnlyList<(LambdaExpression Key, bool Descending)> Keys => _keys;

    public static DefaultOrder<TItem> By<TKey>(Expression<Func<TItem, TKey>> key) => new DefaultOrder<TItem>().ThenBy(key);

    public static DefaultOrder<TItem> ByDescending<TKey>(Expression<Func<TItem, TKey>> key) => new DefaultOrder<TItem>().ThenByDescending(key);

    public DefaultOrder<TItem> ThenBy<TKey>(Expression<Func<TItem, TKey>> key)
    {
        _keys.Add((key, false));
        return this;
    }

    public DefaultOrder<TItem> ThenByDescending<TKey>(Expression<Func<TItem, TKey>> key)
    {
        _keys.Add((key, true));
        return this;
    }
}
