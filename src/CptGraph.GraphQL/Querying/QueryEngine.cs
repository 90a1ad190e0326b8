using System.Linq.Expressions;
using CptGraph.GraphQL.Querying.Filtering;
using CptGraph.GraphQL.Querying.Models;
using CptGraph.GraphQL.Querying.Sorting;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Querying;

/// <summary>Applies a field's <c>where:</c> and <c>order:</c> to a query over rows whose item (the filtered entity) a lambda selects.</summary>
public sealed class QueryEngine(QueryModels models, IOptions<Paging.PagingOptions> paging)
{
    private readonly FilterExpressionBuilder _filters = new(models);
    private readonly SortExpressionBuilder _sorts = new(models);

    public QueryModels Models => models;

    public Paging.PagingOptions Paging => paging.Value;

    /// <summary>
    /// Filters and orders <paramref name="rows"/> by the arguments, over the entity <paramref name="item"/> selects from each row
    /// (the row itself, or e.g. a link row's taxonomy). Without <c>order:</c> the default order applies; the model's key ends every order.
    /// </summary>
    public IQueryable<TRow> Apply<TRow, TItem>(IQueryable<TRow> rows, Expression<Func<TRow, TItem>> item, QueryArgumentValues arguments,
        DefaultOrder<TItem>? defaultOrder = null, bool appendKey = true)
    {
        var row = item.Parameters[0];
        if (arguments.Where is { Count: > 0 } where)
        {
            rows = rows.Where(Expression.Lambda<Func<TRow, bool>>(_filters.Build(models.For<TItem>(), where, item.Body), row));
        }

        var keys = arguments.Order is { Count: > 0 } order ? _sorts.Keys(models.For<TItem>(), order, item.Body).ToList() : [];
        if (keys.Count == 0 && defaultOrder is not null)
        {
            keys.AddRange(defaultOrder.Keys.Select(k => new SortKey(ExpressionRebinder.Body(k.Key, item.Body), k.Descending)));
        }

        if (appendKey)
        {
            keys.Add(new SortKey(ExpressionRebinder.Body(models.For<TItem>().Key, item.Body), false));
        }

        return keys.Count == 0 ? rows : SortExpressionBuilder.Apply(rows, keys, row);
    }
}
