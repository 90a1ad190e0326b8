using CptGraph.Data.Telemetry;
using CptGraph.GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CptGraph.Server.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry variable naming the OTLP collector; tracing is on only when it is set.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    // The meters EF Core (active contexts, queries, SaveChanges, compiled-query cache hits) and Npgsql (connection pool
    // usage, commands executing and their duration) publish themselves; nothing to add but their names.
    private const string EntityFrameworkCoreMeter = "Microsoft.EntityFrameworkCore";
    private const string NpgsqlMeter = "Npgsql";

    /// <summary>
    /// OpenTelemetry: metrics (ASP.NET Core, EF Core, Npgsql, our GraphQL and data meters) scraped by Prometheus at <c>/metrics</c>; traces
    /// (ASP.NET Core, EF Core, our GraphQL source) exported over OTLP when <see cref="OtlpEndpointSetting"/> is set.
    /// Without a collector the tracing SDK would build and sample every span for nobody, so it is not registered; the
    /// logs' trace ids do not need it (ASP.NET Core starts each request's activity from <c>traceparent</c> anyway).
    /// </summary>
    public static IServiceCollection AddCptGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation()
                .AddMeter(GraphQLTelemetry.SourceName, DbCommandTelemetry.MeterName, EntityFrameworkCoreMeter, NpgsqlMeter)
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
