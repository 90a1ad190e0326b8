using GraphQL.Types;

namespace CptGraph.Server.Schema;

/// <summary>A feature's root query fields, so each feature folder owns its entry points.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
