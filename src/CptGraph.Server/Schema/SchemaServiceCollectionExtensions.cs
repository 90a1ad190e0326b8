using GraphQL;

namespace CptGraph.Server.Schema;

public static class SchemaServiceCollectionExtensions
{
    public static IServiceCollection AddCptGraphSchema(this IServiceCollection services)
    {
        foreach (var type in typeof(IQueryFields).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IQueryFields).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IQueryFields), type);
        }

        services.AddGraphQL(graphql => graphql
            .AddSchema<CptGraphSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(CptGraphSchema).Assembly)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false));
        return services;
    }
}
