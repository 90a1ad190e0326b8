using System.Diagnostics;
using CptGraph.Server.Live.Postgres;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Replicas;

/// <summary>The replicas' LISTEN connections as PostgreSQL sees them (<c>pg_stat_activity</c>).</summary>
public static class OutboxListeners
{
    public static long Count(TestDatabase database) => Convert.ToInt64(database.Scalar($"""
        SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = '{PostgresOutboxListener.ApplicationName}'
        """));

    /// <summary>Waits (bounded) until <paramref name="expected"/> replicas listen, so an ingest after it is heard live.</summary>
    public static async Task WaitForAsync(TestDatabase database, int expected)
    {
        var clock = Stopwatch.StartNew();
        while (Count(database) != expected)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{Count(database)} outbox listener(s), expected {expected}");
            await Task.Delay(100);
        }
    }

    /// <summary>Ends every listener's backend, as a database restart or a balancer's idle cut would.</summary>
    public static void Terminate(TestDatabase database) => database.Scalar($"""
        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = '{PostgresOutboxListener.ApplicationName}'
        """);
}
