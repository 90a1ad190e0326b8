
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Paging;
using CptGraph.GraphQL.Querying.Projections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying;

public static class ChildListFieldExtensions
{
    /// <summary>Adds a nested list with <c>where</c> and <c>order</c>, loaded for all parents at once through a data loader.</summary>
    public static void AddChildList<TParent, TItemGraphType, TDb, TRow, TItem>(this ObjectGraphType<TParent> type, QueryGraphTypes types,
        string name, string description, Func<TParent, int> parentId, ChildList<TDb, TRow, TItem> list)
        where TItemGraphType : IGraphType
        where TDb : DbContext
        where TRow : class =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraphType>>>>(name)
            .Description(description)
            .Arguments(QueryableArguments.For<TItem>(types, paging: false))
            .Resolve(c => list.Load(c.RequestServices!, $"{type.Name}.{name}", parentId(c.Source), QueryArgumentValues.From(c)));

    /// <summary>
    /// Adds a nested Relay connection (for lists that grow without bound, like a diagnosis's codes): the batch loads every
    /// parent's filtered, ordered rows in one SQL query and each parent's page is cut from its own rows.
    /// <paramref name="connectionName"/> names the types (<c>diagnosisCodes</c> gives <c>DiagnosisCodesConnection</c>), as Hot
    /// Chocolate's ConnectionName does when two fields share a name.
    /// </summary>
    public static void AddChildConnection<TParent, TDb, TRow, TItem>(this ObjectGraphType<TParent> type, QueryGraphTypes types,
        string name, string connectionName, string nodeTypeName, string description, Func<TParent, int> parentId, ChildList<TDb, TRow, TItem> list)
        where TDb : DbContext
        where TRow : class =>
        type.AddChildConnection<TParent, TItem>(types, name, connectionName, nodeTypeName, description, [],
            (c, arguments) => list.Load(c.RequestServices!, $"{type.Name}.{name}", parentId(c.Source), arguments)
                .Then(items => (IReadOnlyList<object>)items.Cast<object>().ToList()));

    /// <summary>
    /// Adds a nested Relay connection over what <paramref name="load"/> batch-loads for a parent (filtered and ordered by the
    /// field's <c>where</c>/<c>order</c>), for fields with arguments of their own (<paramref name="arguments"/>, e.g. a
    /// payer's rates take a billing class); each parent's page is cut from its own rows.
    /// </summary>
    public static void AddChildConnection<TParent, TItem>(this ObjectGraphType<TParent> type, QueryGraphTypes types,
        string name, string connectionName, string nodeTypeName, string description, IEnumerable<QueryArgument> arguments,
        Func<IResolveFieldContext<TParent>, QueryArgumentValues, IDataLoaderResult<IReadOnlyList<object>>> load) =>
        type.Field(name, new NonNullGraphType(types.Connection(connectionName, nodeTypeName)))
            .Description(description)
            .Arguments(new QueryArguments([.. arguments, .. QueryableArguments.For<TItem>(types, paging: true)]))
            .Resolve(c =>
            {
                var request = PageRequest.From(c, c.RequestServices!.GetRequiredService<QueryEngine>().Paging);
                var needsTotal = SelectionFields.Of(c).Contains("totalCount");
                return load(c, QueryArgumentValues.From(c))
                    .Then(items => Pager.PageAsync(request, needsTotal, () => Task.FromResult(items.Count),
                        (skip, take) => Task.FromResult<IReadOnlyList<object>>(items.Skip(skip).Take(take).ToList())));
            });
}
