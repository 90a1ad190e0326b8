using GraphQL.Types;

namespace CptGraph.Server.Schema;

/// <summary>A feature's root subscription fields, so each feature folder owns its live entry points.</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}
