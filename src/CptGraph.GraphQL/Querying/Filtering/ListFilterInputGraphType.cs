using GraphQL.Types;

namespace CptGraph.GraphQL.Querying.Filtering;

/// <summary><c>ListFilterInputTypeOf&lt;X&gt;FilterInput { all none some any }</c>, Hot Chocolate's filter over a related list.</summary>
[global::GraphQL.DoNotRegister]
public sealed class ListFilterInputGraphType : InputObjectGraphType
{
    public ListFilterInputGraphType(FilterInputGraphType element)
    {
        Name = "ListFilterInputTypeOf" + element.Name;
        Description = $"Conditions on a list of {element.Model.TypeName}.";
        AddField(new FieldType { Name = "all", ResolvedType = element, Description = "Every element matches." });
        AddField(new FieldType { Name = "none", ResolvedType = element, Description = "No element matches." });
        AddField(new FieldType { Name = "some", ResolvedType = element, Description = "At least one element matches." });
        AddField(new FieldType { Name = "any", ResolvedType = new GraphQLTypeReference("Boolean"), Description = "True: the list has elements; false: it is empty." });
    }
}
