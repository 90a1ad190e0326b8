namespace CptGraph.GraphQL.Querying.Models;

/// <summary>What a queryable field holds, which decides its filter input, its sort input and how it is projected.</summary>
public enum QueryFieldKind
{
    /// <summary>A string, number, boolean or enum: an operation filter input and a sort direction.</summary>
    Scalar,

    /// <summary>One related entity: its own filter and sort inputs, nested.</summary>
    Object,

    /// <summary>Related entities: a list filter (all, none, some, any); not sortable.</summary>
    List,
}
