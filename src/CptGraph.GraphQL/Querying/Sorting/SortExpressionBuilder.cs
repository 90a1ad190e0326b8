using System.Collections;
using System.Linq.Expressions;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.GraphQL.Querying.Sorting;

/// <summary>
/// Turns a parsed <c>order:</c> list into OrderBy/ThenBy calls over the model's member lambdas (so SQL ORDER BY), always ending
/// with the model's key so equal values keep a stable order across pages.
/// </summary>
public sealed class SortExpressionBuilder(QueryModels models)
{
    /// <summary>The sort keys of <paramref name="order"/>, each a lambda over <paramref name="instance"/>'s parameter.</summary>
    public IReadOnlyList<SortKey> Keys(IQueryModel model, IEnumerable<object?>? order, Expression instance)
    {
        var keys = new List<SortKey>();
        foreach (var entry in (order ?? []).OfType<IDictionary<string, object?>>())
        {
            Collect(model, entry, instance, keys);
        }

        return keys;
    }

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, ParameterExpression parameter)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (keys[i].Descending ? "Descending" : "");
            var lambda = Expression.Lambda(keys[i].Body, parameter);
            expression = GenericMethodCalls.Call(typeof(Queryable), method, [typeof(T), keys[i].Body.Type], expression, Expression.Quote(lambda));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    private void Collect(IQueryModel model, IDictionary<string, object?> entry, Expression instance, List<SortKey> keys)
    {
        foreach (var (name, value) in entry)
        {
            if (value is null)
            {
                continue;
            }

            var field = model.Fields.Single(f => f.Name == name);
            var member = ExpressionRebinder.Body(field.Member, instance);
            if (field.Kind == QueryFieldKind.Object && value is IDictionary<string, object?> nested)
            {
                Collect(models.For(field.Target), nested, member, keys);
            }
            else if (value is bool descending)
            {
                keys.Add(new SortKey(member, descending));
            }
            else if (value is IEnumerable and not string)
            {
                throw new global::GraphQL.ExecutionError($"The sort field '{name}' takes one direction.") { Code = "SORT_INVALID" };
            }
        }
    }
}
