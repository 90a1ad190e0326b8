using System.Net;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Health;

/// <summary>Liveness and readiness as a balancer or an orchestrator probes them, on both stores.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Sqlite_IsAliveAndReady()
    {
        await using var server = new CptGraphServerFactory();
        await AssertReadyAsync(server, "sqlite");
    }

    [PostgresFact]
    public async Task Postgres_IsAliveAndReady_ThenNotReadyWhenItsDatabaseIsGone_WhileStillAlive()
    {
        await using var server = new PostgresServerFactory();
        await AssertReadyAsync(server, "postgres");

        // Act: the database disappears under the running replica.
        server.Database.Dispose();

        // Assert: still alive (no restart loop), not ready, and the reason says why.
        using var client = server.CreateClient();
        using var alive = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("not ready", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("the database is not reachable", body.RootElement.GetProperty("reason").GetString());
    }

    private static async Task AssertReadyAsync(CptGraphServerFactory server, string provider)
    {
        using var client = server.CreateClient();
        using var alive = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("""{"status":"alive"}""", await alive.Content.ReadAsStringAsync());
        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal($$"""{"status":"ready","provider":"{{provider}}"}""", await ready.Content.ReadAsStringAsync());
    }
}
