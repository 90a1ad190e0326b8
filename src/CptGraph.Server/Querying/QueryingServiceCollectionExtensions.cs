using CptGraph.Server.Codes;
using CptGraph.Server.Diagnoses;
using CptGraph.Server.Modifiers;
using CptGraph.Server.Payers;
using CptGraph.Server.PlacesOfService;
using CptGraph.Server.Querying.DataLoaders;
using CptGraph.Server.Querying.Models;
using CptGraph.Server.Rates;
using CptGraph.Server.Taxonomies;

namespace CptGraph.Server.Querying;

public static class QueryingServiceCollectionExtensions
{
    /// <summary>Filtering, sorting, paging, projections and data loaders: the entity models and the services that apply them.</summary>
    public static IServiceCollection AddCptGraphQuerying(this IServiceCollection services)
    {
        services.AddSingleton<IQueryModel, CodeQueryModel>();
        services.AddSingleton<IQueryModel, CodeRelationQueryModel>();
        services.AddSingleton<IQueryModel, MedicareFeeQueryModel>();
        services.AddSingleton<IQueryModel, RateDistributionQueryModel>();
        services.AddSingleton<IQueryModel, PayerQueryModel>();
        services.AddSingleton<IQueryModel, DiagnosisQueryModel>();
        services.AddSingleton<IQueryModel, CodeDiagnosisQueryModel>();
        services.AddSingleton<IQueryModel, TaxonomyQueryModel>();
        services.AddSingleton<IQueryModel, ModifierQueryModel>();
        services.AddSingleton<IQueryModel, CodeModifierQueryModel>();
        services.AddSingleton<IQueryModel, CodeEditQueryModel>();
        services.AddSingleton<IQueryModel, PlaceOfServiceQueryModel>();
        services.AddSingleton<QueryModels>();
        services.AddSingleton<QueryGraphTypes>();
        services.AddSingleton<QueryEngine>();
        services.AddScoped<RequestDataLoaders>();
        services.AddOptions<Paging.PagingOptions>();
        return services;
    }
}
