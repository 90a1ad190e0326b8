namespace CptGraph.GraphQL.Limits;

/// <summary>What an <see cref="InputCap"/> counts, in words for its error message.</summary>
internal static class InputCapText
{
    public static string Of(InputCap cap) => cap switch
    {
        InputCap.SortEntries => "sort entries",
        InputCap.FilterTerms => "and/or terms",
        InputCap.InValues => "values in one in/nin list",
        InputCap.ListItems => "items",
        _ => "characters",
    };
}
