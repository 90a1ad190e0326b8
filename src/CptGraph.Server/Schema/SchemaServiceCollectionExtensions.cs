using CptGraph.Server.Codes;
using CptGraph.Server.Compare;
using CptGraph.Server.Diagnoses;
using CptGraph.Server.Ingest;
using CptGraph.Server.Modifiers;
using CptGraph.Server.Nodes;
using CptGraph.Server.Payers;
using CptGraph.Server.Positions;
using CptGraph.GraphQL.Querying;
using CptGraph.Server.PlacesOfService;
using CptGraph.Server.Search;
using CptGraph.Server.Rates;
using CptGraph.Server.ReferenceEntities;
using CptGraph.Server.Taxonomies;
using CptGraph.GraphQL.Live;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CptGraph.Server.Schema;

public static class SchemaServiceCollectionExtensions
{
    public static IServiceCollection AddCptGraphSchema(this IServiceCollection services)
    {
        // Listed, not scanned, so the root fields print in a stable, meaningful order.
        services.AddSingleton<IQueryFields, CodeQueries>();
        services.AddSingleton<IQueryFields, SearchQueries>();
        services.AddSingleton<IQueryFields, CompareQueries>();
        services.AddSingleton<IQueryFields, FeeScheduleQueries>();
        services.AddSingleton<IQueryFields, PayerQueries>();
        services.AddReferenceEntity(ModifierReference.Entity);
        services.AddReferenceEntity(DiagnosisReference.Entity);
        services.AddReferenceEntity(TaxonomyReference.Entity);
        services.AddReferenceEntity(PlaceOfServiceReference.Entity);
        services.AddSingleton<IQueryFields, IngestRunQueries>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<DistributionChangeReader>();

        // The subscriptions' shared event reads: the schema's own dependency (the schema test builds it without AddCptGraphLive).
        services.TryAddSingleton<LiveEventLookups>();
        services.AddSingleton<ISubscriptionFields, RateSubscriptions>();
        services.AddSingleton<ISubscriptionFields, IngestRunSubscriptions>();

        services.AddQueryModel<CodeQueryModel>();
        services.AddQueryModel<CodeRelationQueryModel>();
        services.AddQueryModel<MedicareFeeQueryModel>();
        services.AddQueryModel<RateDistributionQueryModel>();
        services.AddQueryModel<PayerQueryModel>();
        services.AddQueryModel<CodeDiagnosisQueryModel>();
        services.AddQueryModel<CodeModifierQueryModel>();
        services.AddQueryModel<CodeEditQueryModel>();
        services.AddCptGraphQuerying();
        services.AddGraphQL(graphql => graphql
            .AddSchema<CptGraphSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(CptGraphSchema).Assembly)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false));
        return services;
    }
}
