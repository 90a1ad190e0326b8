using CptGraph.GraphQL.DocumentCache;
using CptGraph.GraphQL.PersistedOperations;
using GraphQL;
using GraphQL.Execution;

namespace CptGraph.GraphQL.Limits;

public static class ProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds what guards and speeds up every request: persisted operations, the parsed-document cache, and the limits
    /// (depth, cost and its validate-only mode, aliases, document size, tokens, timeout, introspection switch), each bound from configuration.
    /// </summary>
    public static IServiceCollection AddCptGraphProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLLimitsOptions>(configuration.GetSection(GraphQLLimitsOptions.SectionName));
        services.Configure<DocumentCacheOptions>(configuration.GetSection(DocumentCacheOptions.SectionName));
        services.Configure<PersistedOperationOptions>(configuration.GetSection(PersistedOperationOptions.SectionName));
        services.AddSingleton<PersistedOperationStore>();
        services.AddSingleton<ParsedDocumentCache>();

        services.AddGraphQL(graphql => graphql
            .ConfigureExecution<PersistedOperationExecution>()
            .ConfigureExecution(provider => provider.GetRequiredService<ParsedDocumentCache>())
            .ConfigureExecution<RequestLimitsExecution>()
            .AddValidationRule<ExecutionDepthValidationRule>()
            .AddValidationRule<AliasCountValidationRule>()
            .AddValidationRule<IntrospectionSwitchValidationRule>()
            .AddValidationRule<OperationCostValidationRule>(useForCachedDocuments: true)
            .AddExecutionStrategySelector(provider => new CostValidationStrategySelector(
                new DefaultExecutionStrategySelector(provider.GetServices<ExecutionStrategyRegistration>()))));
        return services;
    }
}
