using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using CptGraph.Data.Telemetry;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CptGraph.Data;

/// <summary>
/// Runs each SQL text on a held SQLite connection (<see cref="HeldSqliteConnection"/>) with a command that was prepared
/// the first time and kept, instead of the new command EF Core makes for every query.
/// </summary>
/// <remarks>
/// Why: Microsoft.Data.Sqlite prepares a command's statements on its first execution and finalizes them when the command
/// is disposed, and EF creates and disposes a command per query, so every query was parsed and planned again. On the
/// 10,000-code bench database one loader query cost 89 µs with a new command and 18 µs with a kept one, and
/// <c>sqlite3_prepare_v2</c> was the largest item of the API's profile (docs/benchmarks/2026-12-03-api-statements.md).
/// EF hands over its command once the text and parameters are set (<see cref="CommandInitialized"/>); the kept command
/// takes the parameters and EF runs it; EF's dispose after the reader gives it back. Only commands outside a transaction
/// on an open connection are swapped, at most <see cref="StatementsPerConnection"/> per connection (past that, EF's own
/// command runs as before), and a command still in use is never handed out twice. What happened to each command is
/// counted (<c>cptgraph_db_statements_total{outcome}</c>).
/// </remarks>
internal sealed class SqliteStatementCache : DbCommandInterceptor
{
    public const int StatementsPerConnection = 64;

    private readonly ConditionalWeakTable<SqliteConnection, ConnectionStatements> _connections = new();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result is not SqliteCommand { Transaction: null, Connection: { State: ConnectionState.Open } connection } command
            || _connections.GetValue(connection, static c => new ConnectionStatements(c)).Rent(command.CommandText, out var reused) is not { } kept)
        {
            DbCommandTelemetry.RecordStatement("not-kept");
            return result;
        }

        DbCommandTelemetry.RecordStatement(reused ? "reused" : "prepared");
        kept.TakeOver(command);
        command.Dispose();
        return kept;
    }
}
