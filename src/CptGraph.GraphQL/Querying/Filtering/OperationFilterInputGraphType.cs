using GraphQL.Types;

namespace CptGraph.GraphQL.Querying.Filtering;

/// <summary>A scalar's operations, e.g. <c>StringOperationFilterInput { eq neq contains ... in nin }</c>, with <c>and</c>/<c>or</c>.</summary>
[global::GraphQL.DoNotRegister]
public sealed class OperationFilterInputGraphType : InputObjectGraphType
{
    public OperationFilterInputGraphType(string name, string scalarName, IGraphType scalar, IReadOnlyList<string> operations)
    {
        Name = name;
        Description = $"Conditions on a {scalarName} value; all given conditions must hold.";
        var self = new ListGraphType(new NonNullGraphType(this));
        AddField(new FieldType { Name = "and", ResolvedType = self, Description = "All of these conditions hold." });
        AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(this)), Description = "At least one of these conditions holds." });
        foreach (var operation in operations)
        {
            AddField(new FieldType
            {
                Name = operation,
                ResolvedType = FilterOperations.TakesList(operation) ? new ListGraphType(scalar) : scalar,
                Description = FilterOperations.Describe(operation),
            });
        }
    }
}
