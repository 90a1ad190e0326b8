using GraphQL.Types;

namespace CptGraph.GraphQL.Tests.Infrastructure;

public sealed class BookType : ObjectGraphType<Book>
{
    public BookType()
    {
        Name = "Book";
        Description = "A book.";
        Field(b => b.Title).Description("The title.");
        Field(b => b.Pages).Description("How many pages it has.");
    }
}
