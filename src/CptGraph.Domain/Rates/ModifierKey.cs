namespace CptGraph.Domain.Rates;

/// <summary>The canonical form of a modifier set: trimmed, upper-case, distinct, ordinal-sorted, joined by <c>,</c>.</summary>
public static class ModifierKey
{
    public const string None = "";

    public static string From(IEnumerable<string>? modifiers) =>
        modifiers is null
            ? None
            : string.Join(",", modifiers.Select(m => m.Trim().ToUpperInvariant()).Where(m => m.Length > 0).Distinct().Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> Split(string key) =>
        key.Length == 0 ? [] : key.Split(',');
}
