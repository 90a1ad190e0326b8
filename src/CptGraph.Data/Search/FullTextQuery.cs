using System.Text.RegularExpressions;

namespace CptGraph.Data.Search;

/// <summary>
/// A search's words in each index's query language: every word must match, the last one as a prefix (search-as-you-type).
/// FTS5 gets quoted words, so its operators and punctuation in the text are matched as text and never a syntax error;
/// PostgreSQL gets a <c>tsquery</c> built from runs of letters and digits only, for the same reason.
/// </summary>
public static partial class FullTextQuery
{
    /// <summary>The FTS5 MATCH expression: quoted words (a dotted word is a phrase there), the last with <c>*</c>.</summary>
    public static string Fts5(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select((w, i) => $"\"{w}\"" + (i == words.Count - 1 ? "*" : "")));

    /// <summary>
    /// The <c>to_tsquery('simple', …)</c> text: each word's letter-and-digit runs in sequence (<c>&lt;-&gt;</c>, FTS5's phrase),
    /// the words joined by <c>&amp;</c>, the very last run a prefix (<c>:*</c>). The index is cut into the same runs.
    /// </summary>
    public static string TsQuery(IReadOnlyList<string> words)
    {
        var last = words.Count - 1;
        return string.Join(" & ", words.Select((word, i) =>
        {
            var runs = Run().Matches(word).Select(m => m.Value.ToLowerInvariant()).ToList();
            var phrase = string.Join(" <-> ", runs);
            return "(" + phrase + (i == last ? ":*" : "") + ")";
        }));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Run();
}
