using System.Diagnostics;
using CptGraph.Data;
using CptGraph.Data.Live;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Live;
using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Runs;
using Microsoft.Data.Sqlite;
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
            // The connection stays open for the context's life, so the setting holds for the whole ingest. (SQLite's
            // default 2 MB page cache is kept: rows arrive code by code, so index inserts touch few pages, and a
            // bigger cache only raised peak RSS.)
            await db.Database.OpenConnectionAsync(cancellationToken);

            // Every key the ingest writes is one it read or created in this transaction (its run, its payer, the
            // codes it looked up), so SQLite's per-row parent lookups — three B-tree probes per observation, about
            // 40 % of the native insert cost — check nothing. Restored before the connection goes back to the pool.
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", cancellationToken);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // One writer at a time, as on SQLite: outbox ids come in commit order, and two payers' ingests never
            // recompute the pooled aggregate from snapshots that miss each other's rows. Waits up to the lock timeout.
            await db.Database.ExecuteSqlRawAsync(PostgresOutboxSignal.WriterLockSql, cancellationToken);
        }

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
    /// <param name="recompute">False for an observations-only ingest (a partial store of the distributed path): the rows
    /// and the run commit, distributions and screening flags are left for <c>ingest partitions</c> to compute from the union.</param>
    public async Task CommitAsync(IEnumerable<int> alsoTouched, CancellationToken cancellationToken, IProgress<(int Done, int Total)>? recomputing = null,
        bool recompute = true)
    {
        var touched = Writer.TouchedCodeIds.Union(alsoTouched).ToList();
        ReportProgress(IngestPhases.Recomputing);

        // What the rows phase saved through EF (a Medicare schedule's 19,000 fee rows, payers) is in the database now.
        SavedEntities.Release(Db);

        if (recompute)
        {
            await DistributionRecomputer.RecomputeAsync(Db, ScopeOf(touched), Outbox, recomputing, cancellationToken);
        }

        Outbox.Progress(IngestPhases.Committed, Run.Counts.Kept, Run.Source);
        Outbox.Add(OutboxTopics.IngestFinished, new IngestRunFinished(Run.Id));
        Run.DurationSeconds = _clock.Elapsed.TotalSeconds;
        await Db.SaveChangesAsync(cancellationToken);
        if (Db.Database.IsNpgsql())
        {
            // Delivered to every listening replica when, and only if, this transaction commits.
            await Db.Database.ExecuteSqlRawAsync(PostgresOutboxSignal.NotifySql, cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    // A TiC file is one payer's vintage; a Medicare schedule moves the reference every payer is screened against.
    private RecomputeScope ScopeOf(List<int> touched) =>
        Run.Kind is IngestRunKinds.Tic or IngestRunKinds.Partition && Run.PayerId is { } payerId
            ? new RecomputeScope(touched, payerId, Vintages.MonthOf(Run.LastUpdatedOn))
            : new RecomputeScope(touched);

    public async ValueTask DisposeAsync()
    {
        Writer.Dispose();
        await _transaction.DisposeAsync();
        try
        {
            if (Db.Database.IsSqlite())
            {
                // Outside the transaction (SQLite ignores the pragma inside one): the pooled connection is as it was.
                await Db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
            }
        }
        catch (SqliteException)
        {
            // Never let a connection without foreign keys be reused: drop the pool it would return to.
            SqliteConnection.ClearPool((SqliteConnection)Db.Database.GetDbConnection());
        }
        finally
        {
            await Db.DisposeAsync();
        }
    }
}
