using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CptGraph.Data;

/// <summary>
/// Keeps a pooled context's SQLite connection open between its queries (the server's read path, <see cref="CptGraphDataOptions.HoldConnectionsOpen"/>).
/// </summary>
/// <remarks>
/// Why: EF Core opens and closes the connection around every query, and each open of a SQLite connection registers EF's
/// SQL functions (<c>regexp</c>, <c>ef_compare</c>, …) on the handle while each close unregisters them: three
/// <c>sqlite3_create_function</c> calls per function per query, with their allocations, plus a trip through
/// Microsoft.Data.Sqlite's pool lock (docs/benchmarks/2026-12-03-api-connections.md). A pooled context owns one
/// <see cref="DbConnection"/> for its lifetime, so leaving it open costs one SQLite handle per pooled context and no
/// snapshot: outside a transaction SQLite holds a read snapshot only while a statement runs. The connection is still
/// closed when the context goes back to the pool (EF's reset closes it without asking interceptors) and when it is disposed.
/// </remarks>
internal sealed class SqliteConnectionHolder : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
