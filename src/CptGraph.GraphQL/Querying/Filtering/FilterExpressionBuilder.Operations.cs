using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;

namespace CptGraph.GraphQL.Querying.Filtering;

/// <summary>One scalar operation (<c>eq</c>, <c>contains</c>, <c>in</c>, ...) as an expression EF Core translates.</summary>
public sealed partial class FilterExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    private static Expression Operation(Expression member, string operation, object? value)
    {
        if (FilterOperations.TakesList(operation))
        {
            var values = ValueList(member.Type, value);
            var contains = GenericMethodCalls.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Expression.Constant(values), member);
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
}
