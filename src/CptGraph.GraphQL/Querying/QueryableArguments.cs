using GraphQL.Types;

namespace CptGraph.GraphQL.Querying;

/// <summary>The Hot Chocolate arguments of a queryable field: <c>where</c>, <c>order</c> and, for connections, Relay paging.</summary>
public static class QueryableArguments
{
    public static QueryArguments For<TEntity>(QueryGraphTypes types, bool paging)
    {
        var arguments = paging ? Paging() : [];

        arguments.Add(new QueryArgument(types.Filter(typeof(TEntity))) { Name = "where", Description = "Only the elements matching these conditions (translated to SQL)." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(types.Sort(typeof(TEntity))))) { Name = "order", Description = "The order of the elements: entries apply in turn (then by)." });
        return arguments;
    }

    /// <summary>Relay's <c>first/after/last/before</c>.</summary>
    public static QueryArguments Paging() =>
    [
        new QueryArgument(new GraphQLTypeReference("Int")) { Name = "first", Description = "Returns the first n elements from the list." },
        new QueryArgument(new GraphQLTypeReference("String")) { Name = "after", Description = "Returns the elements in the list that come after the specified cursor." },
        new QueryArgument(new GraphQLTypeReference("Int")) { Name = "last", Description = "Returns the last n elements from the list." },
        new QueryArgument(new GraphQLTypeReference("String")) { Name = "before", Description = "Returns the elements in the list that come before the specified cursor." },
    ];
}
