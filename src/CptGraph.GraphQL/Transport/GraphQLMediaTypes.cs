namespace CptGraph.GraphQL.Transport;

public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";
    public const string PlainText = "text/plain";
}
