using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying;

/// <summary>
/// One context per request, lent to the request's resolvers and data loader batches one at a time (scoped).
/// </summary>
/// <remarks>
/// Why: a code page runs five to nine queries; with a pooled context per query each one paid the pool's lease and reset
/// and, on SQLite, a connection open and close that registers and unregisters EF's SQL functions on the handle
/// (docs/benchmarks/2026-12-03-api-connections.md). A DbContext is not thread-safe and GraphQL may resolve sibling fields
/// concurrently, so the request's context is lent only when it is free: a query that finds it busy gets a fresh pooled
/// context of its own instead of waiting, so a resolver that awaits a data loader while it holds the context cannot
/// deadlock. Reads on the primary while a live event is delivered (<see cref="PrimaryReads"/>) never share the request's
/// context when that one reads the standby.
/// </remarks>
public sealed class RequestDbContext<TDb>(IServiceProvider services) : IAsyncDisposable, IDisposable
    where TDb : DbContext
{
    private readonly SemaphoreSlim _free = new(1, 1);
    private TDb? _db;
    private bool _dbReadsStandby;

    public async Task<DbContextLease<TDb>> LeaseAsync(CancellationToken cancellationToken)
    {
        var standby = !PrimaryReads.IsActive ? services.GetService<ReadDbContextFactory<TDb>>() : null;
        if (!_free.Wait(0))
        {
            return new DbContextLease<TDb>(await CreateAsync(standby, cancellationToken), null);
        }

        try
        {
            if (_db is not null && _dbReadsStandby != standby is not null)
            {
                _free.Release();
                return new DbContextLease<TDb>(await CreateAsync(standby, cancellationToken), null);
            }

            _db ??= await CreateAsync(standby, cancellationToken);
            _dbReadsStandby = standby is not null;
            return new DbContextLease<TDb>(_db, () => _free.Release());
        }
        catch
        {
            _free.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
            _db = null;
        }

        _free.Dispose();
    }

    /// <summary>For a scope disposed synchronously (a test's <c>using var scope</c>).</summary>
    public void Dispose()
    {
        _db?.Dispose();
        _db = null;
        _free.Dispose();
    }

    private Task<TDb> CreateAsync(ReadDbContextFactory<TDb>? standby, CancellationToken cancellationToken) =>
        standby?.CreateDbContextAsync(cancellationToken)
        ?? services.GetRequiredService<IDbContextFactory<TDb>>().CreateDbContextAsync(cancellationToken);
}
