using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying;
using CptGraph.Server.Schema;

namespace CptGraph.Server.ReferenceEntities;

public static class ReferenceEntityServiceCollectionExtensions
{
    /// <summary>
    /// Serves a reference code set: its root fields (added where this is called, so root fields keep the order they are
    /// registered in), its GraphQL type (a closed generic the assembly scan cannot find) and its query model.
    /// </summary>
    public static IServiceCollection AddReferenceEntity<T>(this IServiceCollection services, ReferenceEntity<T> entity)
        where T : class, IReferenceEntity
    {
        services.AddSingleton(entity);
        services.AddSingleton<IQueryFields, ReferenceEntityQueries<T>>();
        services.AddTransient<ReferenceEntityType<T>>();
        services.AddQueryModel<ReferenceEntityQueryModel<T>>();
        return services;
    }
}
