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
/// deadlock. Reads while a live event is delivered (<see cref="PrimaryReads"/>) never share it: they read the primary,
/// may be shared by every subscriber and outlive the scope that started them, so they get a fresh pooled context.
/// </remarks>
public sealed class RequestDbContext<TDb>(IServiceProvider services) : IAsyncDisposable, IDisposable
    where TDb : DbContext
{
    private readonly SemaphoreSlim _free = new(1, 1);
    private TDb? _db;

    public async Task<DbContextLease<TDb>> LeaseAsync(CancellationToken cancellationToken)
    {
        // A live event's reads are shared by every subscriber (one load serves them all) and can outlive the scope of the
        // subscriber that started them: they never borrow one request's context.
        if (PrimaryReads.IsActive || !_free.Wait(0))
        {
            return new DbContextLease<TDb>(await CreateAsync(cancellationToken), null);
        }

        try
        {
            _db ??= await CreateAsync(cancellationToken);
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

    private Task<TDb> CreateAsync(CancellationToken cancellationToken) => services.CreateDbContextAsync<TDb>(cancellationToken);
}
