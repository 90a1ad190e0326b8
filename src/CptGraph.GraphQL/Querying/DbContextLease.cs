using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying;

/// <summary>
/// A context for one query of a resolver or data loader batch: the request's own (<see cref="RequestDbContext{TDb}"/>),
/// given back on dispose, or a fresh pooled one, disposed on dispose. Use it with <c>await using</c>.
/// </summary>
public sealed class DbContextLease<TDb> : IAsyncDisposable
    where TDb : DbContext
{
    private readonly Action? _giveBack;

    internal DbContextLease(TDb db, Action? giveBack)
    {
        Db = db;
        _giveBack = giveBack;
    }

    public TDb Db { get; }

    public ValueTask DisposeAsync()
    {
        if (_giveBack is null)
        {
            return Db.DisposeAsync();
        }

        _giveBack();
        return ValueTask.CompletedTask;
    }
}
