namespace CptGraph.Server.Health;

public static class MemorySettleServiceCollectionExtensions
{
    /// <summary>The background settle of the heap after a burst (<see cref="MemorySettler"/>), configured from <c>Limits:MemorySettle</c>.</summary>
    public static IServiceCollection AddCptGraphMemorySettling(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MemorySettleOptions>(configuration.GetSection(MemorySettleOptions.SectionName));
        services.AddHostedService<MemorySettler>();
        return services;
    }
}
