namespace CptGraph.GraphQL.Tests.Infrastructure;

/// <summary>The one entity of the test application: nothing CPT, so the engine is seen serving a schema it never heard of.</summary>
public sealed class Book
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public int Pages { get; set; }
}
