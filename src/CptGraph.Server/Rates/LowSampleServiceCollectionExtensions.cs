using CptGraph.Domain.Rates;
using Microsoft.Extensions.Options;

namespace CptGraph.Server.Rates;

public static class LowSampleServiceCollectionExtensions
{
    /// <summary>Binds <see cref="LowSampleOptions"/>; a threshold below 1 stops the server at start, naming the setting.</summary>
    public static IServiceCollection AddCptGraphLowSample(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LowSampleOptions>().Bind(configuration.GetSection(LowSampleOptions.SectionName))
            .Validate(o => o.MinObservations >= 1, $"{LowSampleOptions.SectionName}:{nameof(LowSampleOptions.MinObservations)} must be at least 1.")
            .Validate(o => o.MinTins >= 1, $"{LowSampleOptions.SectionName}:{nameof(LowSampleOptions.MinTins)} must be at least 1.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The configured rule, for resolvers.</summary>
    public static LowSampleRule LowSampleRule(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<LowSampleOptions>>().Value.Rule;
}
