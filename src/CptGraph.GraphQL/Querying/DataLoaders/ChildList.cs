using System.Linq.Expressions;
using CptGraph.GraphQL.Querying.Sorting;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying.DataLoaders;

/// <summary>
/// How a nested list is read: rows of <paramref name="Source"/> (with their includes) whose <paramref name="ParentKey"/> is the
/// parent's id, each serving the <paramref name="Item"/> it leads to (the row itself, or e.g. a link row's taxonomy). One SQL
/// query per field and arguments loads the lists of every parent in the batch, filtered and ordered in SQL.
/// <paramref name="AppendKey"/> ends every order with the item's key, so a connection's pages stay stable when the
/// client's order has ties. <typeparamref name="TDb"/> is the application's context, made per batch by its
/// <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
public sealed record ChildList<TDb, TRow, TItem>(
    Func<TDb, IQueryable<TRow>> Source,
    Expression<Func<TRow, int>> ParentKey,
    Expression<Func<TRow, TItem>> Item,
    DefaultOrder<TItem>? DefaultOrder = null,
    bool AppendKey = false)
    where TDb : DbContext
    where TRow : class
{
    // Found once: Expression.Call(type, name, …) looks the generic method up by reflection on every call.
    private static readonly System.Reflection.MethodInfo ContainsInt = new Func<IEnumerable<int>, int, bool>(Enumerable.Contains).Method;

    private readonly Func<TRow, int> _parentKey = ParentKey.Compile();
    private readonly Func<TRow, TItem> _item = Item.Compile();

    /// <summary>
    /// The parent's list. <paramref name="name"/> names the field, <paramref name="narrow"/> (with <paramref name="narrowKey"/> naming it)
    /// applies field arguments other than where/order (e.g. a billing class); equal names share one batch and its cache.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<TItem>> Load(IServiceProvider services, string name, int parentId, QueryArgumentValues arguments,
        Func<IQueryable<TRow>, IQueryable<TRow>>? narrow = null, string narrowKey = "")
    {
        var loader = services.GetRequiredService<RequestDataLoaders>().Get<int, IReadOnlyList<TItem>>(
            $"{name}({narrowKey}){arguments.BatchKey}", (ids, cancellationToken) => FetchAsync(services, ids, arguments, narrow, cancellationToken), []);
        return loader.Load(parentId);
    }

    private async Task<IReadOnlyDictionary<int, IReadOnlyList<TItem>>> FetchAsync(IServiceProvider services, IReadOnlyList<int> ids,
        QueryArgumentValues arguments, Func<IQueryable<TRow>, IQueryable<TRow>>? narrow, CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<QueryEngine>();
        await using var lease = await services.LeaseDbContextAsync<TDb>(cancellationToken);
        var db = lease.Db;
        var parent = ParentKey.Parameters[0];

        // Through a member of a holder object, so EF Core sends the ids as one parameter and caches one query plan.
        var holder = Expression.Property(Expression.Constant(new IdList([.. ids])), nameof(IdList.Ids));
        var inBatch = Expression.Lambda<Func<TRow, bool>>(
            Expression.Call(ContainsInt, holder, ParentKey.Body), parent);
        var source = Source(db).Where(inBatch);
        var rows = await engine.Apply(narrow is null ? source : narrow(source), Item, arguments, DefaultOrder, AppendKey).ToListAsync(cancellationToken);
        return rows.GroupBy(_parentKey).ToDictionary(g => g.Key, g => (IReadOnlyList<TItem>)g.Select(_item).ToList());
    }

    private sealed class IdList(List<int> ids)
    {
        public List<int> Ids => ids;
    }
}
