using System.Net.Http.Json;
using System.Text.Json;
using CptGraph.GraphQL.Limits;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Transport;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.GraphQL.Tests.Infrastructure;

/// <summary>
/// An application built only on the engine: a book catalogue in an in-memory SQLite database, served over the engine's
/// HTTP transport with its limits, as the CPT server is.
/// </summary>
public sealed class BookServer : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly WebApplication _app;

    private BookServer(SqliteConnection connection, WebApplication app)
    {
        _connection = connection;
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<BookServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, params Book[] books)
    {
        // One open connection keeps the in-memory database alive for every context the resolvers open.
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddDbContextFactory<BookDb>(options => options.UseSqlite(connection));
        builder.Services.AddQueryModel<BookQueryModel>();
        builder.Services.AddCptGraphQuerying();
        builder.Services.AddCptGraphTransport(builder.Configuration);
        builder.Services.AddCptGraphProtection(builder.Configuration);
        builder.Services.AddGraphQL(graphql => graphql.AddSchema<BookSchema>().AddSystemTextJson().AddGraphTypes(typeof(BookSchema).Assembly)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = true));
        var app = builder.Build();
        app.MapGraphQLHttp("/graphql");

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<BookDb>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
            db.Books.AddRange(books);
            await db.SaveChangesAsync();
        }

        await app.StartAsync();
        return new BookServer(connection, app);
    }

    /// <summary>POSTs an operation and returns the response body as JSON.</summary>
    public async Task<JsonElement> PostAsync(string query)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
