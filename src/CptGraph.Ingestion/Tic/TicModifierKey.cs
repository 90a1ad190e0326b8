namespace CptGraph.Ingestion.Tic;

/// <summary>Builds the <c>ModifierKey</c> that groups rates billed with the same modifier set.</summary>
internal static class TicModifierKey
{
    /// <summary>
    /// Trimmed, upper-cased, blanks dropped, distinct, ordinally sorted, joined by <c>,</c>: so
    /// <c>[" 26", "tc", "26"]</c> and <c>["TC","26"]</c> are the same contract. Empty for none.
    /// </summary>
    public static string From(IEnumerable<string> modifiers)
    {
        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string modifier in modifiers)
        {
            string normalised = modifier.Trim().ToUpperInvariant();
            if (normalised.Length > 0)
            {
                distinct.Add(normalised);
            }
        }

        return string.Join(',', distinct);
    }
}
