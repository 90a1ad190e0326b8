using System.Text.RegularExpressions;
using GraphQL;

namespace CptGraph.Server.Search;

/// <summary>
/// Cuts what a user typed into the words of a full-text search, refusing (with a coded error) text without words or with
/// too many; the indexes' readers (<c>CptGraph.Data.Search.FullTextIndex</c>) turn the words into each store's query.
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

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
