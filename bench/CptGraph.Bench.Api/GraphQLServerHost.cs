using CptGraph.Server;

namespace CptGraph.Bench.Api;

/// <summary>The real server, hosted exactly as its Program.cs does (same registration, same pipeline, its appsettings.json).</summary>
public static class GraphQLServerHost
{
    public static async Task RunAsync(string databasePath, string url)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--db", databasePath, "--urls", url],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.AddCptGraph();

        var app = builder.Build();
        await app.InitializeCptGraphAsync();
        app.MapCptGraph();
        await app.RunAsync();
    }
}
