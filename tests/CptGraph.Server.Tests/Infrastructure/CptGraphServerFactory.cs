using System.Net.Http.Json;
using System.Text.Json;
using CptGraph.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// The real server (same <c>AddCptGraph()</c>, same pipeline) on a fresh temporary SQLite file, deleted on dispose.
/// Starting it migrates and seeds the database, so share one per test class (<c>IClassFixture</c>).
/// </summary>
public sealed class CptGraphServerFactory : WebApplicationFactory<Program>
{
    public CptGraphServerFactory()
        : this(Path.Combine(Path.GetTempPath(), $"cptgraph-tests-{Guid.NewGuid():N}.db"))
    {
    }

    /// <summary>Serves an existing database (e.g. one the CLI just filled); it is deleted on dispose too.</summary>
    /// <remarks>Internal: xUnit refuses a fixture with more than one public constructor.</remarks>
    internal CptGraphServerFactory(string databasePath) => DatabasePath = databasePath;

    public string DatabasePath { get; }

    /// <summary>The SQL the server's DbContexts executed (every context, from the first request on).</summary>
    public SqlCapture Sql { get; } = new();

    /// <summary>Configuration settings (e.g. <c>Live:MaxConnections</c>) applied when the server starts; set them before first use.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>POSTs <paramref name="query"/> to <c>/graphql</c> and returns the response body, whatever its status.</summary>
    public async Task<JsonDocument> QueryAsync(string query, object? variables = null, string? operationName = null)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        return JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("db", DatabasePath);
        builder.ConfigureServices(services => services.ConfigureDbContext<CptGraphDbContext>(options => options.AddInterceptors(Sql)));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDatabase();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDatabase();
    }

    private void DeleteDatabase()
    {
        // Pooled connections keep the file open (and locked on Windows) after the host stops.
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(path);
        }
    }
}
