using CptGraph.GraphQL.Querying.Models;
using GraphQL.Types;

namespace CptGraph.GraphQL.Querying.Filtering;

/// <summary>
/// <c>&lt;Type&gt;FilterInput</c>: one field per queryable field of the model, plus <c>and</c>/<c>or</c>. Fields are added after the
/// instance is cached (<see cref="Populate"/>) because filters refer to each other in cycles (code → rates → payer → ...).
/// </summary>
[global::GraphQL.DoNotRegister]
public sealed class FilterInputGraphType : InputObjectGraphType
{
    public FilterInputGraphType(IQueryModel model)
    {
        Model = model;
        Name = model.TypeName + "FilterInput";
        Description = $"Conditions on a {model.TypeName}; all given fields must match. Translated to SQL.";
    }

    public IQueryModel Model { get; }

    internal void Populate(QueryGraphTypes types)
    {
        AddField(new FieldType { Name = "and", ResolvedType = new ListGraphType(new NonNullGraphType(this)), Description = "All of these conditions hold." });
        AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(this)), Description = "At least one of these conditions holds." });
        foreach (var field in Model.Fields)
        {
            AddField(new FieldType
            {
                Name = field.Name,
                ResolvedType = field.Kind switch
                {
                    QueryFieldKind.Scalar => types.OperationFilter(field.Target, field.EnumTypeName),
                    QueryFieldKind.Object => types.Filter(field.Target),
                    _ => types.ListFilter(field.Target),
                },
                Description = $"Conditions on {field.Name}.",
            });
        }
    }
}
