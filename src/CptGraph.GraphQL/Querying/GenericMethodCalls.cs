using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace CptGraph.GraphQL.Querying;

/// <summary>
/// <see cref="Expression.Call(Type, string, Type[], Expression[])"/> with the closed method remembered: the framework's
/// overload looks the method up by reflection (<c>Type.GetMethods</c>) on every call, which was 9 % of a reference page's
/// allocations (docs/benchmarks/2026-12-03-api-connections.md) since every data loader builds its OrderBy per request.
/// </summary>
public static class GenericMethodCalls
{
    private static readonly ConcurrentDictionary<(Type Owner, string Name, Type First, Type? Second, int Arguments), MethodInfo> Methods = new();

    /// <summary>A call of the static generic <paramref name="name"/> on <paramref name="owner"/> with one or two type arguments.</summary>
    public static MethodCallExpression Call(Type owner, string name, Type[] typeArguments, params Expression[] arguments)
    {
        if (typeArguments.Length is < 1 or > 2)
        {
            throw new ArgumentException("One or two type arguments.", nameof(typeArguments));
        }

        // Overloads with the same name, type arguments and number of arguments are the same method for every caller here
        // (Queryable.OrderBy…, Enumerable.Contains/Any/All/Where), so the first resolution serves the rest.
        var key = (owner, name, typeArguments[0], typeArguments.Length > 1 ? typeArguments[1] : null, arguments.Length);
        if (Methods.TryGetValue(key, out var method))
        {
            return Expression.Call(method, arguments);
        }

        var call = Expression.Call(owner, name, typeArguments, arguments);
        Methods.TryAdd(key, call.Method);
        return call;
    }
}
