using CptGraph.Data;
using CptGraph.Data.Live;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CptGraph.Server.Live.Postgres;

/// <summary>
/// Wakes the outbox tail when an ingest commits anywhere (another replica, the CLI on another machine): one dedicated
/// connection to the primary runs <c>LISTEN</c> and waits for <see cref="PostgresOutboxSignal.Channel"/>, so nothing
/// polls. The connection is the only state: when it breaks (the database restarted, a balancer dropped it; keepalives
/// notice a silent loss) it is opened again after a bounded back-off, and every (re)connect wakes the tail once, which
/// reads whatever committed while nobody listened — a lost connection costs a read, never an event.
/// </summary>
public sealed partial class PostgresOutboxListener(IDbContextFactory<CptGraphDbContext> factory, ILogger<PostgresOutboxListener> logger)
    : IOutboxWakeup, IAsyncDisposable
{
    /// <summary>How the connection shows in <c>pg_stat_activity</c> (and how the tests find it to cut it).</summary>
    public const string ApplicationName = "cptgraph-live-listener";

    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    private NpgsqlConnection? _connection;
    private int _failures;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            await ConnectAsync(cancellationToken);
            return;
        }

        try
        {
            await _connection.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DropConnectionAsync();
            throw;
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_failures > 0)
        {
            var delay = TimeSpan.FromMilliseconds(Math.Min(MaxBackOff.TotalMilliseconds, 250 * Math.Pow(2, _failures - 1)));
            await Task.Delay(delay, cancellationToken);
        }

        var connection = new NpgsqlConnection(await ListenerConnectionStringAsync(cancellationToken));
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand(PostgresOutboxSignal.ListenSql, connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _failures++;
            await connection.DisposeAsync();
            throw;
        }

        if (_failures > 0)
        {
            LogReconnected(_failures);
        }

        _failures = 0;
        _connection = connection;
    }

    private async Task<string> ListenerConnectionStringAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
        {
            // A connection of its own for the process's life: never pooled, never in a transaction.
            Pooling = false,
            Enlist = false,
            KeepAlive = 15,
            ApplicationName = ApplicationName,
        }.ToString();
    }

    private async Task DropConnectionAsync()
    {
        _failures++;
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    [LoggerMessage(LogLevel.Information, "Listening for outbox notifications again after {Failures} failed attempt(s)")]
    private partial void LogReconnected(int failures);
}
