using CptGraph.GraphQL.Limits;
using CptGraph.Server.Schema;
using CptGraph.GraphQL.Transport;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Nodes;

public sealed class NodeQueries : IQueryFields
{
    /// <summary>Hot Chocolate's default MaxAllowedNodeBatchSize.</summary>
    public const int MaxNodeBatchSize = 10;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id; null when it names nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an object's id field.")
            .ResolveWithDbAsync(async (c, db) => await LoadAsync(db, c.GetArgument<string>("id"), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches up to {MaxNodeBatchSize} objects by their global ids, in the order given.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids from objects' id fields.",
                a => a.MaxItems(MaxNodeBatchSize, GraphQLErrorCodes.MaxNodeBatchSize))
            .ResolveWithDbAsync(async (c, db) =>
            {
                // Validation refused more than MaxNodeBatchSize ids (HC0076) before anything ran.
                var ids = c.GetArgument<List<string>>("ids");
                var nodes = new List<object?>();
                foreach (var id in ids)
                {
                    nodes.Add(await LoadAsync(db, id, c.CancellationToken));
                }

                return nodes;
            });
    }

    private static Task<object?> LoadAsync(Data.CptGraphDbContext db, string id, CancellationToken cancellationToken)
    {
        var decoded = NodeId.Decode(id) ?? throw new ExecutionError($"The node id '{id}' has an invalid format.") { Code = "INVALID_NODE_ID" };
        return NodeResolver.LoadAsync(db, decoded.TypeName, decoded.Key, cancellationToken);
    }
}
