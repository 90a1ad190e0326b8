using System.Linq.Expressions;
using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.ReferenceEntities;

/// <summary>The query model (filter, sort, projection) of a reference code set, built from its <see cref="ReferenceEntity{T}"/>.</summary>
public sealed class ReferenceEntityQueryModel<T> : QueryModel<T>
    where T : class, IReferenceEntity
{
    public ReferenceEntityQueryModel(ReferenceEntity<T> entity)
        : base(entity.TypeName, e => e.Value)
    {
        Scalar("code", e => e.Value);
        foreach (var field in entity.Fields)
        {
            field.AddTo(this);
        }

        Computed("source", nameof(IReferenceEntity.IngestRunId));
        entity.Codes?.AddTo(this);
        AlwaysReads(nameof(IReferenceEntity.Id), nameof(IReferenceEntity.Value));
    }

    internal void AddScalar<TValue>(string name, Expression<Func<T, TValue>> column) => Scalar(name, column);

    internal void AddComputed(string name, string property) => Computed(name, property);

    internal void AddList<TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> items) => List(name, items);
}
