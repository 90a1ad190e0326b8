using CptGraph.Data;
using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying;
using CptGraph.Server.Schema;
using GraphQL.Types;

namespace CptGraph.Server.ReferenceEntities;

/// <summary>A reference code set's root fields: the lookup by code and the filtered, ordered, paged connection.</summary>
public sealed class ReferenceEntityQueries<T>(ReferenceEntity<T> entity, QueryGraphTypes types) : IQueryFields
    where T : class, IReferenceEntity
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<ReferenceEntityType<T>>(entity.LookupField, entity.LookupDescription,
            entity.LookupArgumentDescription ?? entity.CodeDescription, entity.FindAsync);
        query.AddConnection(types, entity.ListField, entity.TypeName, entity.ListDescription, entity.Rows);
    }
}
