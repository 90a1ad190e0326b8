using CptGraph.GraphQL.Querying.Projections;
using GraphQLParser;
using GraphQLParser.AST;

namespace CptGraph.GraphQL.Tests.Querying;

/// <summary>The one selection walk the limits and the projections share.</summary>
public sealed class SelectionFieldsTests
{
    [Fact]
    public void Of_FlattensInlineFragmentsAndSpreads()
    {
        // Arrange
        var document = Parser.Parse("""
            { books { title ... on Book { pages } ...more } }
            fragment more on Book { id }
            """);
        var books = Root(document).Selections.OfType<GraphQLField>().Single();

        // Act
        var names = SelectionFields.Of(books.SelectionSet!, null, document, null).Select(f => f.Field.Name.StringValue);

        // Assert
        Assert.Equal(["title", "pages", "id"], names);
    }

    [Fact]
    public void Of_ACyclicFragment_IsExpandedOnceAndEnds()
    {
        // Arrange: an invalid document (validation refuses it later) must not make the walk loop.
        var document = Parser.Parse("""
            { ...a }
            fragment a on Query { x ...b }
            fragment b on Query { y ...a }
            """);

        // Act
        var names = SelectionFields.Of(Root(document), null, document, null).Select(f => f.Field.Name.StringValue).ToList();

        // Assert
        Assert.Equal(["x", "y"], names);
    }

    [Fact]
    public void IsIntrospection_IsTrueForDoubleUnderscoreNamesOnly()
    {
        // Arrange
        var fields = Root(Parser.Parse("{ __schema { x } __typename books }")).Selections.OfType<GraphQLField>().ToList();

        // Act / Assert
        Assert.Equal([true, true, false], fields.Select(SelectionFields.IsIntrospection));
    }

    private static GraphQLSelectionSet Root(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet;
}
