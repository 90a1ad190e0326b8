using CptGraph.Server.Positions.Exports;
using CptGraph.Server.Security;
using CptGraph.Data;
using CptGraph.Ingestion;
using CptGraph.Server.Health;
using CptGraph.Ingestion.Seeding;
using Microsoft.EntityFrameworkCore;
using CptGraph.Server.Dashboard;
using CptGraph.GraphQL.Ide;
using CptGraph.GraphQL.Limits;
using CptGraph.Server.Schema;
using CptGraph.Server.Live;
using CptGraph.Server.PersistedOperations;
using CptGraph.Server.Rates;
using CptGraph.Server.ReadReplica;
using CptGraph.Server.Telemetry;
using CptGraph.GraphQL.Transport;
using CptGraph.GraphQL.Transport.WebSockets;

namespace CptGraph.Server;

public static class CptGraphServerExtensions
{
    /// <summary>The address served when neither <c>ASPNETCORE_URLS</c>, <c>URLS</c> nor <c>--urls</c> is set.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>The bundled seed content, copied next to the binaries by the build.</summary>
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "SeedData");

    /// <summary>Registers the database, the GraphQL schema and the transports: everything the server needs.</summary>
    public static WebApplicationBuilder AddCptGraph(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Serving opens a connection per resolver, so it uses a pooled one (DatabaseLocation.ForServing).
        var dataOptions = new CptGraphDataOptions
        {
            Provider = DatabaseProviders.Parse(builder.Configuration["provider"] ?? builder.Configuration[DatabaseProviders.ConfigurationKey]),
            HoldConnectionsOpen = true,
        };
        var connectionString = DatabaseLocation.ForServing(dataOptions.Provider, DatabaseLocation.Resolve(dataOptions.Provider,
            builder.Configuration["db"], builder.Configuration.GetConnectionString(DatabaseLocation.ConnectionStringName)));
        builder.Services.AddCptGraphData(connectionString, dataOptions);
        builder.Services.AddCptGraphReadReplica(builder.Configuration, dataOptions);
        builder.Services.AddCptGraphIngestion();
        builder.Services.AddCptGraphSchema();
        builder.Services.AddCptGraphExports();
        builder.Services.AddCptGraphProtection(builder.Configuration);
        builder.Services.AddCptGraphSharedPersistedOperations(dataOptions.Provider);
        builder.Services.AddCptGraphTransport(builder.Configuration);
        builder.Services.AddCptGraphJwtBearer(builder.Configuration);
        builder.Services.AddCptGraphRateLimiting(builder.Configuration);
        builder.Services.Configure<Ingest.SourceDisplayOptions>(builder.Configuration.GetSection(Ingest.SourceDisplayOptions.SectionName));
        builder.Services.Configure<CptGraph.GraphQL.Querying.Paging.PagingOptions>(builder.Configuration.GetSection("GraphQL:Paging"));
        builder.Services.AddCptGraphLowSample(builder.Configuration);
        builder.Services.AddCptGraphLive();
        builder.AddCptGraphLogging();
        builder.Services.AddCptGraphTelemetry(builder.Configuration);
        builder.Services.AddCptGraphMemorySettling(builder.Configuration);
        return builder;
    }

    /// <summary>Migrates the database and loads the bundled content and demo data into an empty one.</summary>
    public static async Task InitializeCptGraphAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<CptGraphDbContext>>();
        await DatabaseMigrator.MigrateAsync(factory, app.Lifetime.ApplicationStopping, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator)));
        await app.Services.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync(SeedDirectory, app.Lifetime.ApplicationStopping);
    }

    /// <summary>Maps <c>/graphql</c> (HTTP, SSE, WebSocket, IDE), the live dashboard, the CSV exports (<c>/export/…</c>), <c>/healthz</c>, <c>/readyz</c> and <c>/</c> (a redirect to <c>/graphql</c>).</summary>
    public static WebApplication MapCptGraph(this WebApplication app)
    {
        app.UseCptGraphSecurityHeaders();
        app.UseRateLimiter();
        app.UseWebSockets();
        app.UseMiddleware<GraphQLWebSocketMiddleware>(new PathString("/graphql"));
        app.UseBananaCakePop("/graphql");
        app.UseCptGraphDashboard("/dashboard");
        app.MapGraphQLHttp("/graphql");
        app.MapCptGraphHealth();
        app.MapCptGraphMetrics();
        app.MapCptGraphExports();

        // A newcomer opens the bare address first: send them to the IDE (a browser) or the endpoint (anything else).
        app.MapGet("/", () => Results.Redirect("/graphql")).ExcludeFromDescription();
        return app;
    }
}
