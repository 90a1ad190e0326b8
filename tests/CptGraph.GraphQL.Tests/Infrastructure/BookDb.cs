using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Tests.Infrastructure;

public sealed class BookDb(DbContextOptions<BookDb> options) : DbContext(options)
{
    public DbSet<Book> Books => Set<Book>();
}
