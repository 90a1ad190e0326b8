namespace CptGraph.GraphQL.Transport;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>Maps GraphQL over HTTP (GET, POST, <c>?sdl</c>) at <paramref name="pattern"/>; every other method gets 405.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = ActivatorUtilities.CreateInstance<GraphQLHttpHandler>(endpoints.ServiceProvider);
        return endpoints.Map(pattern, (RequestDelegate)handler.HandleAsync).WithDisplayName("GraphQL HTTP");
    }
}
