using System.Net.Http.Json;
using System.Text.Json;
using CptGraph.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// The real server (same <c>AddCptGraph()</c>, same pipeline) on a fresh temporary SQLite file, deleted on dispose.
/// Starting it migrates and seeds the database, so share one per test class (<c>IClassFixture</c>).
/// Not sealed: <see cref="Postgres.PostgresServerFactory"/> is the same server on a PostgreSQL database.
/// </summary>
public class CptGraphServerFactory : WebApplicationFactory<Program>
{
    public CptGraphServerFactory()
        : this(TestDatabase.NewSqliteFile())
    {
    }

    /// <summary>Serves an existing database (e.g. one the CLI just filled); it is deleted on dispose too.</summary>
    /// <remarks>Internal: xUnit refuses a fixture with more than one public constructor.</remarks>
    internal CptGraphServerFactory(string databasePath)
        : this(TestDatabase.SqliteFile(databasePath))
    {
    }

    /// <summary>Serves <paramref name="database"/>, removed on dispose.</summary>
    protected internal CptGraphServerFactory(TestDatabase database) => Database = database;

    /// <summary>The database served, on either store.</summary>
    public TestDatabase Database { get; }

    /// <summary>The SQLite file served (SQLite-only tests).</summary>
    public string DatabasePath => Database.IsPostgres ? throw new InvalidOperationException("this server runs on PostgreSQL") : Database.Location;

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
        foreach (var (key, value) in Database.ServerSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.ConfigureDbContext<CptGraphDbContext>(options => options.AddInterceptors(Sql)));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Database.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // Null when a derived fixture's constructor threw before this one ran; the finalizer still gets here.
        Database?.Dispose();
    }
}
