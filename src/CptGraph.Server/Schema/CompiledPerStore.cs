using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Schema;

/// <summary>
/// An <c>EF.CompileAsyncQuery</c> delegate per store. A compiled query skips EF Core's per-execution expression work
/// (parameter extraction, cache key, cache lookup) but is bound to the first model it runs on, and one process (the
/// tests) serves SQLite and PostgreSQL: so one compiled copy for each.
/// </summary>
public sealed class CompiledPerStore<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly TQuery _sqlite = compile();
    private readonly TQuery _postgres = compile();

    public TQuery For(DbContext db) => db.Database.IsNpgsql() ? _postgres : _sqlite;
}
