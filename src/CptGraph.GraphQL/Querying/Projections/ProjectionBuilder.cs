using System.Linq.Expressions;
using System.Reflection;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.GraphQL.Querying.Projections;

/// <summary>
/// <c>x =&gt; new T { Id = x.Id, Title = x.Title }</c> with only the columns the selection needs, so EF Core's SELECT lists only
/// those. Related data is not projected: nested fields load through data loaders by the key, which is always read.
/// </summary>
public static class ProjectionBuilder
{
    public static Expression<Func<T, T>> For<T>(IQueryModel model, IReadOnlySet<string> selected)
    {
        var properties = new HashSet<string>(model.AlwaysRead, StringComparer.Ordinal);
        foreach (var name in selected)
        {
            if (model.ComputedFields.TryGetValue(name, out var reads))
            {
                properties.UnionWith(reads);
            }
            else if (model.Fields.FirstOrDefault(f => f.Name == name)?.Column is { } column)
            {
                properties.Add(column.Name);
            }
        }

        var row = Expression.Parameter(typeof(T), "row");
        var bindings = properties.Order(StringComparer.Ordinal)
            .Select(name => typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!)
            .Select(property => Expression.Bind(property, Expression.Property(row, property)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row);
    }
}
