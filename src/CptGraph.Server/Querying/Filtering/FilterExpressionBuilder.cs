using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using CptGraph.Server.Querying.Models;
using GraphQL;

namespace CptGraph.Server.Querying.Filtering;

/// <summary>
/// Turns a parsed <c>where:</c> input into a predicate over the entity, built from the model's member lambdas, so EF Core
/// translates the whole filter to SQL (nested objects become joins, list filters EXISTS subqueries).
/// </summary>
public sealed class FilterExpressionBuilder(QueryModels models)
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

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

    private static Expression Operation(Expression member, string operation, object? value)
    {
        if (FilterOperations.TakesList(operation))
        {
            var values = ValueList(member.Type, value);
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Expression.Constant(values), member);
            return operation == "in" ? contains : Expression.Not(contains);
        }

        if (value is null && operation is not ("eq" or "neq"))
        {
            throw new ExecutionError($"The filter operation '{operation}' needs a value.") { Code = "FILTER_VALUE_REQUIRED" };
        }

        var constant = Constant(member.Type, value);
        return operation switch
        {
            "eq" => Expression.Equal(member, constant),
            "neq" => Expression.NotEqual(member, constant),
            "contains" => Expression.Call(member, StringContains, constant),
            "ncontains" => Expression.Not(Expression.Call(member, StringContains, constant)),
            "startsWith" => Expression.Call(member, StringStartsWith, constant),
            "nstartsWith" => Expression.Not(Expression.Call(member, StringStartsWith, constant)),
            "endsWith" => Expression.Call(member, StringEndsWith, constant),
            "nendsWith" => Expression.Not(Expression.Call(member, StringEndsWith, constant)),
            "gt" => Expression.GreaterThan(member, constant),
            "ngt" => Expression.Not(Expression.GreaterThan(member, constant)),
            "gte" => Expression.GreaterThanOrEqual(member, constant),
            "ngte" => Expression.Not(Expression.GreaterThanOrEqual(member, constant)),
            "lt" => Expression.LessThan(member, constant),
            "nlt" => Expression.Not(Expression.LessThan(member, constant)),
            "lte" => Expression.LessThanOrEqual(member, constant),
            "nlte" => Expression.Not(Expression.LessThanOrEqual(member, constant)),
            _ => throw new ExecutionError($"Unknown filter operation '{operation}'.") { Code = "FILTER_UNKNOWN_OPERATION" },
        };
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
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list);
                conditions.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var element = Expression.Parameter(elementType, "e");
            var predicate = Expression.Lambda(Build(models.For(elementType), (IDictionary<string, object?>)value, element), element);
            var call = Expression.Call(typeof(Enumerable), operation == "all" ? nameof(Enumerable.All) : nameof(Enumerable.Any), [elementType], list, predicate);
            conditions.Add(operation == "none" ? Expression.Not(call) : call);
        }

        return All(conditions);
    }

    /// <summary>A typed constant: GraphQL hands over int, decimal, string, bool or the CLR enum; the member may be nullable.</summary>
    private static ConstantExpression Constant(Type type, object? value) => Expression.Constant(Convert(type, value), type);

    private static object? Convert(Type type, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum ? (value is string text ? Enum.Parse(target, text, ignoreCase: true) : Enum.ToObject(target, value))
            : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IList ValueList(Type type, object? value)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var item in (IEnumerable?)value ?? Array.Empty<object?>())
        {
            list.Add(Convert(type, item));
        }

        return list;
    }

    private static Expression All(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);

    private static Expression Any(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.OrElse);
}
