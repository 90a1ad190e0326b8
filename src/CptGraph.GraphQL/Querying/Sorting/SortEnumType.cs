using GraphQL.Types;

namespace CptGraph.GraphQL.Querying.Sorting;

/// <summary>Hot Chocolate's <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "A sort direction.";
        Add("ASC", false, "Ascending: smallest first.");
        Add("DESC", true, "Descending: largest first.");
    }
}
