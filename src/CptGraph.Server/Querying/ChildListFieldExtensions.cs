using CptGraph.Server.Querying.DataLoaders;
using GraphQL.Types;

namespace CptGraph.Server.Querying;

public static class ChildListFieldExtensions
{
    /// <summary>Adds a nested list with <c>where</c> and <c>order</c>, loaded for all parents at once through a data loader.</summary>
    public static void AddChildList<TParent, TItemGraphType, TRow, TItem>(this ObjectGraphType<TParent> type, QueryGraphTypes types,
        string name, string description, Func<TParent, int> parentId, ChildList<TRow, TItem> list)
        where TItemGraphType : IGraphType
        where TRow : class =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraphType>>>>(name)
            .Description(description)
            .Arguments(QueryableArguments.For<TItem>(types, paging: false))
            .Resolve(c => list.Load(c.RequestServices!, $"{type.Name}.{name}", parentId(c.Source), QueryArgumentValues.From(c)));
}
