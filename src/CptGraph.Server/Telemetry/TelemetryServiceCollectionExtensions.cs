using CptGraph.Data.Telemetry;
using CptGraph.GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CptGraph.Server.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry variable naming the OTLP collector; tracing is on only when it is set.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry: metrics (ASP.NET Core, our GraphQL and data meters) scraped by Prometheus at <c>/metrics</c>; traces
    /// (ASP.NET Core, EF Core, our GraphQL source) exported over OTLP when <see cref="OtlpEndpointSetting"/> is set.
    /// Without a collector the tracing SDK would build and sample every span for nobody, so it is not registered; the
    /// logs' trace ids do not need it (ASP.NET Core starts each request's activity from <c>traceparent</c> anyway).
    /// </summary>
    public static IServiceCollection AddCptGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(GraphQLTelemetry.SourceName, DbCommandTelemetry.MeterName)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            // The exporter reads the endpoint, OTEL_EXPORTER_OTLP_PROTOCOL and _HEADERS itself, as every OTel SDK does.
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation()
                .AddSource(GraphQLTelemetry.SourceName).AddOtlpExporter());
        }

        return services;
    }

    public static WebApplication MapCptGraphMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
