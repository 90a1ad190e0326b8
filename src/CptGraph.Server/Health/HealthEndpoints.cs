using CptGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Health;

/// <summary>
/// <c>/healthz</c>: the process serves requests (liveness; touches no database, so a slow database never gets a replica
/// restarted). <c>/readyz</c>: the database answers and every migration is applied (readiness; a balancer sends no
/// traffic to a replica that would fail every query). Both answer JSON with a <c>status</c> and, when not ready, why.
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapCptGraphHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        app.MapGet("/readyz", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(IDbContextFactory<CptGraphDbContext> factory, CptGraphDataOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return NotReady(options, "the database is not reachable");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count > 0
                ? NotReady(options, $"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}")
                : Results.Json(new { status = "ready", provider = options.Provider.ToString().ToLowerInvariant() });
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return NotReady(options, e.Message);
        }
    }

    private static IResult NotReady(CptGraphDataOptions options, string reason) =>
        Results.Json(new { status = "not ready", provider = options.Provider.ToString().ToLowerInvariant(), reason }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
