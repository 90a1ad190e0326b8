using Microsoft.EntityFrameworkCore;

namespace CptGraph.GraphQL.Querying;

/// <summary>
/// Where queries read from when that is not where writes go: a read-only copy of the database (a streaming standby).
/// Registered only when one is configured; without it resolvers use the application's <see cref="IDbContextFactory{TContext}"/>,
/// which stays the primary for everything that writes or must see the latest commit (ingest, outbox, live events).
/// </summary>
public sealed class ReadDbContextFactory<TDb>(IDbContextFactory<TDb> factory)
    where TDb : DbContext
{
    public Task<TDb> CreateDbContextAsync(CancellationToken cancellationToken) => factory.CreateDbContextAsync(cancellationToken);
}
