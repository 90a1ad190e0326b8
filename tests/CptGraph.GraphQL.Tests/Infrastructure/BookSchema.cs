using CptGraph.GraphQL.Querying;
using GraphQL.Types;

namespace CptGraph.GraphQL.Tests.Infrastructure;

public sealed class BookSchema : global::GraphQL.Types.Schema
{
    public BookSchema(IServiceProvider services, QueryGraphTypes types)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "The books." };
        query.AddConnection(types, "books", "Book", "The books, filtered, ordered (by id unless ordered) and paged.", (BookDb db) => db.Books);
        Query = query;
        RegisterType(typeof(BookType)); // the connection names its node type; the schema must know it
    }
}
