using GraphQL.Types;

namespace CptGraph.Server.Nodes;

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes <paramref name="type"/> a <c>Node</c> whose global id is built from <paramref name="key"/>.</summary>
    public static void ImplementNode<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string> key)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The global id of this {type.Name}, for node(id:).")
            .Resolve(c => NodeId.Encode(type.Name, key(c.Source)));
    }
}
