using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Models;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CptGraph.GraphQL.Querying;

public static class QueryingServiceCollectionExtensions
{
    /// <summary>
    /// Filtering, sorting, paging, projections and data loaders: the services that apply the entity models. The models
    /// themselves are the application's: each feature adds its own with <see cref="AddQueryModel{TModel}"/>.
    /// </summary>
    public static IServiceCollection AddCptGraphQuerying(this IServiceCollection services)
    {
        services.TryAddSingleton<QueryModels>();
        services.TryAddSingleton<QueryGraphTypes>();
        services.TryAddSingleton<QueryEngine>();
        services.TryAddScoped<RequestDataLoaders>();
        services.TryAddScoped(typeof(RequestDbContext<>));
        services.AddOptions<Paging.PagingOptions>();
        return services;
    }

    /// <summary>Adds one entity's query model, from which its filter and sort inputs and its projections are generated.</summary>
    public static IServiceCollection AddQueryModel<TModel>(this IServiceCollection services)
        where TModel : class, IQueryModel
    {
        services.AddSingleton<IQueryModel, TModel>();
        return services;
    }
}
