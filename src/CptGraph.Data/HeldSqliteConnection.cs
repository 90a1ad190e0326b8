using System.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace CptGraph.Data;

/// <summary>
/// A pooled context's SQLite connection that stays open for the context's whole life: EF's closes after each query and
/// when the context goes back to the pool do nothing; disposing the context still closes it (the server's read path,
/// <see cref="CptGraphDataOptions.HoldConnectionsOpen"/>).
/// </summary>
/// <remarks>
/// Why: each open of a SQLite connection registers EF's SQL functions (<c>regexp</c>, <c>ef_compare</c>, …) on the handle
/// and each close unregisters them, with a trip through Microsoft.Data.Sqlite's pool lock
/// (docs/benchmarks/2026-12-03-api-connections.md); and a connection that lives on can keep its prepared statements
/// (<see cref="SqliteStatementCache"/>), where preparing is most of a small query's cost. A pooled context owns one
/// connection for its lifetime, so this costs one SQLite handle per pooled context and no snapshot: outside a
/// transaction SQLite holds a read snapshot only while a statement runs, and EF's reset still ends a transaction left
/// open. A broken connection is still closed, so EF can reopen it.
/// </remarks>
#pragma warning disable EF1001 // SqliteRelationalConnection is EF's provider type; only its close is changed.
internal sealed class HeldSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<Microsoft.EntityFrameworkCore.DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection()
    {
        if (DbConnection.State == ConnectionState.Broken)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() =>
        DbConnection.State == ConnectionState.Broken ? base.CloseDbConnectionAsync() : Task.CompletedTask;
}
#pragma warning restore EF1001
