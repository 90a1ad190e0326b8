using CptGraph.GraphQL.Querying.Models;
using GraphQL.Types;

namespace CptGraph.GraphQL.Querying.Sorting;

/// <summary>
/// <c>&lt;Type&gt;SortInput</c>: a direction per scalar field, a nested sort input per related object; lists are not sortable.
/// Populated after caching because sort inputs can refer to each other.
/// </summary>
[global::GraphQL.DoNotRegister]
public sealed class SortInputGraphType : InputObjectGraphType
{
    public SortInputGraphType(IQueryModel model)
    {
        Model = model;
        Name = model.TypeName + "SortInput";
        Description = $"How to order {model.TypeName} values: set one field per entry; entries apply in order (then by).";
    }

    public IQueryModel Model { get; }

    internal void Populate(QueryGraphTypes types)
    {
        foreach (var field in Model.Fields.Where(f => f.Kind != QueryFieldKind.List))
        {
            AddField(new FieldType
            {
                Name = field.Name,
                ResolvedType = field.Kind == QueryFieldKind.Scalar ? types.SortEnum : types.Sort(field.Target),
                Description = $"Order by {field.Name}.",
            });
        }
    }
}
