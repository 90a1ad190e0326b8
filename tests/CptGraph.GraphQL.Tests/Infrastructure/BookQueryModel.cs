using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.GraphQL.Tests.Infrastructure;

public sealed class BookQueryModel : QueryModel<Book>
{
    public BookQueryModel()
        : base("Book", b => b.Id)
    {
        Scalar("title", b => b.Title);
        Scalar("pages", b => b.Pages);
        AlwaysReads(nameof(Book.Id));
    }
}
