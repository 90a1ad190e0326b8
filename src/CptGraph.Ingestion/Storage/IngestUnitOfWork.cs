using System.Diagnostics;
using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Live;
using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// One input file's transaction: the run record, its rows and the recomputed distributions commit together or
/// not at all, so a failed file leaves the database exactly as it was.
/// </summary>
public sealed class IngestUnitOfWork : IAsyncDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly IDbContextTransaction _transaction;

    private IngestUnitOfWork(CptGraphDbContext db, IDbContextTransaction transaction, IngestRun run)
    {
        Db = db;
        _transaction = transaction;
        Run = run;
        Writer = new ObservationWriter(db, run.Id);
        Outbox = new OutboxWriter(db, run.Id);
    }

    public CptGraphDbContext Db { get; }
    public IngestRun Run { get; }

    /// <summary>Time since the transaction began.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;
    public ObservationWriter Writer { get; }
    internal OutboxWriter Outbox { get; }

    /// <summary>
    /// Records that the run reached <paramref name="phase"/>. The event is part of the run's transaction: with
    /// SQLite's single writer nobody else could see it earlier, and a rolled-back run never reports progress.
    /// </summary>
    public void ReportProgress(string phase)
    {
        Outbox.Progress(phase, Run.Counts.Kept, Run.Source);
        Db.SaveChanges();
    }

    public static async Task<IngestUnitOfWork> BeginAsync(
        IDbContextFactory<CptGraphDbContext> factory, IngestRun run, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        if (db.Database.IsSqlite())
        {
            // A 32 MB page cache (the default is 2 MB) keeps the unique index's hot pages in memory while
            // millions of rows go in; it is per connection and gone when the ingest ends.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -32768;", cancellationToken);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        run.StartedAt = DateTimeOffset.UtcNow;
        db.IngestRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var work = new IngestUnitOfWork(db, transaction, run);
        work.ReportProgress(IngestPhases.Started);
        return work;
    }

    /// <summary>
    /// Recomputes the touched distributions, writes the events announcing what changed, records the run's outcome
    /// and commits, all in the one transaction.
    /// </summary>
    /// <param name="recomputing">Told after each chunk of codes how many of the touched codes are done.</param>
    public async Task CommitAsync(IEnumerable<int> alsoTouched, CancellationToken cancellationToken, IProgress<(int Done, int Total)>? recomputing = null)
    {
        var touched = Writer.TouchedCodeIds.Union(alsoTouched).ToList();
        ReportProgress(IngestPhases.Recomputing);
        await DistributionRecomputer.RecomputeAsync(Db, ScopeOf(touched), Outbox, recomputing, cancellationToken);
        Outbox.Progress(IngestPhases.Committed, Run.Counts.Kept, Run.Source);
        Outbox.Add(OutboxTopics.IngestFinished, new IngestRunFinished(Run.Id));
        Run.DurationSeconds = _clock.Elapsed.TotalSeconds;
        await Db.SaveChangesAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
    }

    // A TiC file is one payer's vintage; a Medicare schedule moves the reference every payer is screened against.
    private RecomputeScope ScopeOf(List<int> touched) =>
        Run.Kind == IngestRunKinds.Tic && Run.PayerId is { } payerId
            ? new RecomputeScope(touched, payerId, Vintages.MonthOf(Run.LastUpdatedOn))
            : new RecomputeScope(touched);

    public async ValueTask DisposeAsync()
    {
        Writer.Dispose();
        await _transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}
