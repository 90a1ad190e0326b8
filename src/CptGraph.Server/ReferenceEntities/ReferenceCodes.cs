using System.Linq.Expressions;
using CptGraph.Data;
using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using GraphQL.Types;

namespace CptGraph.Server.ReferenceEntities;

/// <summary>
/// A reference entity's reverse edge, <c>codes</c>: a nested connection over the procedure codes linked to it (as link rows
/// carrying why, like a diagnosis's relevance, or as the codes themselves), batch-loaded for every parent in one query.
/// </summary>
public abstract class ReferenceCodes<T>
    where T : class, IReferenceEntity
{
    /// <summary>
    /// <paramref name="connectionName"/> names the connection types (<c>diagnosisCodes</c>), <paramref name="itemTypeName"/>
    /// the node type; <paramref name="items"/> is the same edge for the query model (filtering, projections).
    /// </summary>
    public static ReferenceCodes<T> Of<TRow, TItem>(string connectionName, string itemTypeName, string description,
        ChildList<CptGraphDbContext, TRow, TItem> list, Expression<Func<T, IEnumerable<TItem>>> items)
        where TRow : class =>
        new Edge<TRow, TItem>(connectionName, itemTypeName, description, list, items);

    internal abstract void AddTo(ObjectGraphType<T> type, QueryGraphTypes types);

    internal abstract void AddTo(ReferenceEntityQueryModel<T> model);

    private sealed class Edge<TRow, TItem>(string connectionName, string itemTypeName, string description,
        ChildList<CptGraphDbContext, TRow, TItem> list, Expression<Func<T, IEnumerable<TItem>>> items) : ReferenceCodes<T>
        where TRow : class
    {
        internal override void AddTo(ObjectGraphType<T> type, QueryGraphTypes types) =>
            type.AddChildConnection(types, "codes", connectionName, itemTypeName, description, e => e.Id, list);

        internal override void AddTo(ReferenceEntityQueryModel<T> model) => model.AddList("codes", items);
    }
}
