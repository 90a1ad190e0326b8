using GraphQL.Types;

namespace CptGraph.Server.Nodes;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global, opaque id that node(id:) resolves (Relay global object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id.");
    }
}
