using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CptGraph.GraphQL.Querying.Paging;

/// <summary>A Relay connection named from its field, as Hot Chocolate names them: <c>codes</c> gives <c>CodesConnection</c>.</summary>
[global::GraphQL.DoNotRegister]
public sealed class ConnectionGraphType : ObjectGraphType<Page>
{
    public ConnectionGraphType(string prefix, string nodeTypeName)
    {
        NodeTypeName = nodeTypeName;
        Name = prefix + "Connection";
        Description = "A connection to a list of items.";
        var edge = new EdgeGraphType(prefix + "Edge", nodeTypeName);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => new global::GraphQL.Types.Relay.DataObjects.PageInfo
        {
            HasNextPage = c.Source.HasNextPage,
            HasPreviousPage = c.Source.HasPreviousPage,
            StartCursor = c.Source.Nodes.Count > 0 ? c.Source.Cursor(0) : null,
            EndCursor = c.Source.Nodes.Count > 0 ? c.Source.Cursor(c.Source.Nodes.Count - 1) : null,
        });
        AddField(new FieldType
        {
            Name = "edges",
            Description = "A list of edges.",
            ResolvedType = new ListGraphType(new NonNullGraphType(edge)),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<Page, object>(c => c.Source.Nodes.Select((n, i) => new Edge(c.Source.Cursor(i), n)).ToList()),
        });
        AddField(new FieldType
        {
            Name = "nodes",
            Description = "A flattened list of the nodes.",
            ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(nodeTypeName))),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<Page, object>(c => c.Source.Nodes),
        });
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Identifies the total count of items in the connection.")
            .Resolve(c => c.Source.TotalCount);
    }

    public string NodeTypeName { get; }
}
