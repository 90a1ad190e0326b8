using System.Text.RegularExpressions;
using GraphQL;

namespace CptGraph.Server.Search;

/// <summary>
/// Turns what a user typed into a full-text query: every word must match, the last one as a prefix (search-as-you-type).
/// FTS5 gets quoted words, so its operators and punctuation in the text are matched as text and never a syntax error;
/// PostgreSQL gets a <c>tsquery</c> built from runs of letters and digits only, for the same reason.
/// </summary>
public static partial class FtsQuery
{
    public const int MaxWords = 16;

    /// <summary>Validation refuses longer text (SEARCH_TEXT_TOO_LONG) before this runs; 16 long words fit easily.</summary>
    public const int MaxTextLength = 256;

    /// <summary>The words of <paramref name="text"/>, or a coded error when there are none or too many.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        // One word past the limit is enough to refuse; never collect every word of a huge text.
        var words = Word().Matches(text).Take(MaxWords + 1).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            throw new ExecutionError("The search text has no words to search for.") { Code = "SEARCH_TEXT_EMPTY" };
        }

        if (words.Count > MaxWords)
        {
            throw new ExecutionError($"The search text has more than {MaxWords} words.") { Code = "SEARCH_TEXT_TOO_LONG" };
        }

        return words;
    }

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

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Run();
}
