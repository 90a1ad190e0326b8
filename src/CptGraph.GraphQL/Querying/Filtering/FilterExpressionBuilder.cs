using System.Collections;
using System.Linq.Expressions;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.GraphQL.Querying.Filtering;

/// <summary>
/// Turns a parsed <c>where:</c> input into a predicate over the entity, built from the model's member lambdas, so EF Core
/// translates the whole filter to SQL (nested objects become joins, list filters EXISTS subqueries).
/// </summary>
public sealed partial class FilterExpressionBuilder(QueryModels models)
{
    public Expression<Func<T, bool>> Build<T>(IDictionary<string, object?> where)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Build(models.For<T>(), where, parameter), parameter);
    }

    /// <summary>The condition <paramref name="where"/> puts on <paramref name="instance"/> (an expression of the model's entity type).</summary>
    public Expression Build(IQueryModel model, IDictionary<string, object?> where, Expression instance)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            if (name is "and" or "or")
            {
                var parts = ((IEnumerable)value).Cast<IDictionary<string, object?>>().Select(w => Build(model, w, instance)).ToList();
                conditions.Add(name == "and" ? All(parts) : Any(parts));
                continue;
            }

            var field = model.Fields.Single(f => f.Name == name);
            var member = ExpressionRebinder.Body(field.Member, instance);
            var input = (IDictionary<string, object?>)value;
            conditions.Add(field.Kind switch
            {
                QueryFieldKind.Scalar => Operations(member, input),
                QueryFieldKind.Object => Build(models.For(field.Target), input, member),
                _ => ListOperations(member, field.Target, input),
            });
        }

        return All(conditions);
    }

    private static Expression Operations(Expression member, IDictionary<string, object?> input)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, value) in input)
        {
            if (operation is "and" or "or")
            {
                if (value is not null)
                {
                    var parts = ((IEnumerable)value).Cast<IDictionary<string, object?>>().Select(o => Operations(member, o)).ToList();
                    conditions.Add(operation == "and" ? All(parts) : Any(parts));
                }

                continue;
            }

            conditions.Add(Operation(member, operation, value));
        }

        return All(conditions);
    }

    private Expression ListOperations(Expression list, Type elementType, IDictionary<string, object?> input)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            if (operation == "any")
            {
                var any = GenericMethodCalls.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list);
                conditions.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var element = Expression.Parameter(elementType, "e");
            var predicate = Expression.Lambda(Build(models.For(elementType), (IDictionary<string, object?>)value, element), element);
            var call = GenericMethodCalls.Call(typeof(Enumerable), operation == "all" ? nameof(Enumerable.All) : nameof(Enumerable.Any), [elementType], list, predicate);
            conditions.Add(operation == "none" ? Expression.Not(call) : call);
        }

        return All(conditions);
    }

    private static Expression All(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : Balanced(parts, 0, parts.Count, Expression.AndAlso);

    private static Expression Any(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : Balanced(parts, 0, parts.Count, Expression.OrElse);

    /// <summary>
    /// Joins the parts as a balanced tree, not a chain: EF Core and SQLite's parser recurse once per level, so n terms nest
    /// log2(n) deep instead of n (a long chain overflowed the stack before the input caps existed).
    /// </summary>
    private static Expression Balanced(IReadOnlyList<Expression> parts, int start, int count, Func<Expression, Expression, BinaryExpression> join)
    {
        if (count == 1)
        {
            return parts[start];
        }

        var half = count / 2;
        return join(Balanced(parts, start, half, join), Balanced(parts, start + half, count - half, join));
    }
}
