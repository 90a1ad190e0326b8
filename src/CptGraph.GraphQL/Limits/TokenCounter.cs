using GraphQLParser;
using GraphQLParser.Exceptions;

namespace CptGraph.GraphQL.Limits;

/// <summary>Counts a document's lexical tokens, stopping as soon as the limit is passed so a huge document costs little.</summary>
internal static class TokenCounter
{
    /// <returns>The token count, or <paramref name="limit"/> + 1 once it is passed; a lexing error ends the count (the parser reports it).</returns>
    public static int Count(string document, int limit)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count <= limit)
            {
                var token = Lexer.Lex(document, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }

        return count;
    }
}
