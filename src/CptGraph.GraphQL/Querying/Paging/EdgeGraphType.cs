using GraphQL.Types;

namespace CptGraph.GraphQL.Querying.Paging;

/// <summary><c>&lt;Field&gt;Edge { cursor node }</c>.</summary>
[global::GraphQL.DoNotRegister]
public sealed class EdgeGraphType : ObjectGraphType<Edge>
{
    public EdgeGraphType(string name, string nodeTypeName)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        AddField(new FieldType
        {
            Name = "node",
            Description = "The item at the end of the edge.",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference(nodeTypeName)),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<Edge, object>(c => c.Source.Node),
        });
    }
}
