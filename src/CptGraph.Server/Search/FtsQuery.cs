using System.Text.RegularExpressions;
using GraphQL;

namespace CptGraph.Server.Search;

/// <summary>
/// Turns what a user typed into an FTS5 query: every word must match, the last one as a prefix (search-as-you-type).
/// Words are quoted, so FTS5 operators and punctuation in the text are matched as text and never a syntax error.
/// </summary>
public static partial class FtsQuery
{
    public const int MaxWords = 16;

    /// <summary>Validation refuses longer text (SEARCH_TEXT_TOO_LONG) before this runs; 16 long words fit easily.</summary>
    public const int MaxTextLength = 256;

    public static string From(string text)
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

        return string.Join(' ', words.Select((w, i) => $"\"{w}\"" + (i == words.Count - 1 ? "*" : "")));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
