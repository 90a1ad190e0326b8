using CptGraph.GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CptGraph.Server.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry: metrics (ASP.NET Core, our GraphQL meter) scraped by Prometheus at <c>/metrics</c>; traces
    /// (ASP.NET Core, EF Core, our GraphQL source) for whatever exporter an operator adds.
    /// </summary>
    public static IServiceCollection AddCptGraphTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(GraphQLTelemetry.SourceName).AddPrometheusExporter())
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation().AddSource(GraphQLTelemetry.SourceName));
        return services;
    }

    public static WebApplication MapCptGraphMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
