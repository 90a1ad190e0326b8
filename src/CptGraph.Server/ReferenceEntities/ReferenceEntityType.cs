using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying;
using CptGraph.Server.Nodes;
using CptGraph.Server.Provenance;
using GraphQL.Types;

namespace CptGraph.Server.ReferenceEntities;

/// <summary>The GraphQL object type of a reference code set, built from its <see cref="ReferenceEntity{T}"/>.</summary>
public sealed class ReferenceEntityType<T> : ObjectGraphType<T>
    where T : class, IReferenceEntity
{
    public ReferenceEntityType(ReferenceEntity<T> entity, QueryGraphTypes types)
    {
        Name = entity.TypeName;
        Description = entity.Description;
        if (entity.IsNode)
        {
            this.ImplementNode(e => e.Value);
        }

        Field("code", e => e.Value).Description(entity.CodeDescription);
        foreach (var field in entity.Fields)
        {
            field.AddTo(this);
        }

        this.AddProvenance(e => e.IngestRunId, entity.SourceDescription);
        entity.Codes?.AddTo(this, types);
    }
}
