using CptGraph.GraphQL.Live;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CptGraph.Data;
using CptGraph.Data.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CptGraph.Server.Live;

/// <summary>
/// Tails the outbox: whenever <see cref="IOutboxWakeup"/> says so (SQLite: every <see cref="LiveOptions.PollInterval"/>;
/// PostgreSQL: a commit's notification) it reads the rows committed since the last read (by any process: the CLI, a cron
/// job, another replica) and hands them to every subscriber's bounded channel. Ids are in commit order on both stores
/// (SQLite has one writer; PostgreSQL's ingests take <see cref="Data.Live.PostgresOutboxSignal.WriterLockSql"/>), so
/// "after the last id" misses nothing. The tail never
/// waits for a subscriber: one whose channel is full is completed with <see cref="LiveBufferOverflowException"/>.
/// </summary>
public sealed partial class OutboxEventSource(
    IDbContextFactory<CptGraphDbContext> factory, IOutboxWakeup wakeup, IOptions<LiveOptions> options, ILogger<OutboxEventSource> logger)
    : BackgroundService, ILiveEventSource
{
    private const int PageSize = 500;

    private readonly Lock _gate = new();
    private readonly List<Channel<LiveEvent>> _subscribers = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The id of the last event handed to subscribers; guarded by _gate.
    private long _lastId;

    public async IAsyncEnumerable<LiveEvent> ReadAsync(long? afterEventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _started.Task.WaitAsync(cancellationToken);
        var capacity = options.Value.SubscriberBuffer;
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        long liveFrom;
        lock (_gate)
        {
            _subscribers.Add(channel);
            liveFrom = _lastId;
        }

        try
        {
            // Registered first, replayed second: whatever commits meanwhile is already queued in the channel.
            var cursor = afterEventId ?? liveFrom;
            while (cursor < liveFrom)
            {
                var page = await ReadPageAsync(cursor, liveFrom, cancellationToken);
                foreach (var replayed in page)
                {
                    yield return replayed;
                }

                cursor = page.Count == 0 ? liveFrom : page[^1].Id;
            }

            await foreach (var live in channel.Reader.ReadAllAsync(cancellationToken))
            {
                // A client may resume after an id the tail has not reached yet; it has seen those already.
                if (live.Id > cursor)
                {
                    yield return live;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The tail's reads and prunes are the server's own, not a request's (cptgraph.db.commands{origin}).
        using var origin = DbCommandOrigin.Begin(DbCommandOrigin.LiveOutbox);
        try
        {
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                _lastId = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, stoppingToken) ?? 0;
            }
        }
        finally
        {
            _started.TrySetResult();
        }

        var nextPrune = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await wakeup.WaitAsync(stoppingToken);
                await PollAsync(stoppingToken);
                if (DateTimeOffset.UtcNow >= nextPrune)
                {
                    nextPrune = DateTimeOffset.UtcNow.AddMinutes(10);
                    await PruneAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked or briefly unavailable database (or a lost listener connection) must not end the tail; the
                // next wake retries.
                LogPollFailed(ex);
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        List<LiveEvent> page;
        do
        {
            page = await ReadPageAsync(Volatile.Read(ref _lastId), long.MaxValue, cancellationToken);
            lock (_gate)
            {
                foreach (var message in page)
                {
                    foreach (var subscriber in _subscribers)
                    {
                        if (!subscriber.Writer.TryWrite(message))
                        {
                            subscriber.Writer.TryComplete(new LiveBufferOverflowException(options.Value.SubscriberBuffer));
                        }
                    }

                    _lastId = message.Id;
                }
            }
        }
        while (page.Count == PageSize);
    }

    private async Task<List<LiveEvent>> ReadPageAsync(long after, long upTo, CancellationToken cancellationToken)
    {
        // A subscriber's replay reads here too, on its request's call chain.
        using var origin = DbCommandOrigin.Begin(DbCommandOrigin.LiveOutbox);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.Where(m => m.Id > after && m.Id <= upTo).OrderBy(m => m.Id).Take(PageSize)
            .Select(m => new LiveEvent(m.Id, m.Topic, m.Payload)).ToListAsync(cancellationToken);
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var keepAfter = Volatile.Read(ref _lastId) - options.Value.RetainedEvents;
        if (keepAfter > 0)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.OutboxMessages.Where(m => m.Id <= keepAfter).ExecuteDeleteAsync(cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Reading the outbox failed; retrying at the next wake")]
    private partial void LogPollFailed(Exception exception);
}
