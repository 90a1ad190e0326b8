namespace CptGraph.GraphQL.Querying.Filtering;

/// <summary>The operations each kind of scalar offers, named as Hot Chocolate's generated operation filter inputs name them.</summary>
public static class FilterOperations
{
    public static readonly IReadOnlyList<string> String =
        ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    public static readonly IReadOnlyList<string> Comparable =
        ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static readonly IReadOnlyList<string> Boolean = ["eq", "neq"];

    public static readonly IReadOnlyList<string> Enum = ["eq", "neq", "in", "nin"];

    /// <summary>Operations that take a list of values.</summary>
    public static bool TakesList(string operation) => operation is "in" or "nin";

    public static string Describe(string operation) => operation switch
    {
        "eq" => "Equal to the value.",
        "neq" => "Not equal to the value.",
        "in" => "Equal to one of the values.",
        "nin" => "Equal to none of the values.",
        "contains" => "Contains the text (case-sensitive).",
        "ncontains" => "Does not contain the text (case-sensitive).",
        "startsWith" => "Starts with the text.",
        "nstartsWith" => "Does not start with the text.",
        "endsWith" => "Ends with the text.",
        "nendsWith" => "Does not end with the text.",
        "gt" => "Greater than the value.",
        "ngt" => "Not greater than the value.",
        "gte" => "Greater than or equal to the value.",
        "ngte" => "Not greater than or equal to the value.",
        "lt" => "Less than the value.",
        "nlt" => "Not less than the value.",
        "lte" => "Less than or equal to the value.",
        "nlte" => "Not less than or equal to the value.",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
