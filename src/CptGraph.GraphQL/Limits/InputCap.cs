namespace CptGraph.GraphQL.Limits;

/// <summary>The kinds of input list or text that have a cap (docs/limits.md), each with the error code it is refused with.</summary>
internal enum InputCap
{
    /// <summary>Entries of one <c>order:</c> list.</summary>
    SortEntries,

    /// <summary><c>and</c>/<c>or</c> terms in one <c>where:</c>, counted through every nesting level.</summary>
    FilterTerms,

    /// <summary>Values of the longest <c>in</c>/<c>nin</c> list in one <c>where:</c>.</summary>
    InValues,

    /// <summary>Items of a list argument marked with <see cref="InputLimitMetadata.MaxItems"/> (e.g. <c>nodes(ids:)</c>).</summary>
    ListItems,

    /// <summary>Characters of a string argument marked with <see cref="InputLimitMetadata.MaxLength"/> (e.g. the search text).</summary>
    TextLength,
}
