using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CptGraph.Data.Telemetry;

/// <summary>
/// Counts each command as it starts (<see cref="DbCommandTelemetry"/>): a failed statement was still a round trip.
/// Stateless, so one instance serves every context of both providers.
/// </summary>
internal sealed class DbCommandCountingInterceptor : DbCommandInterceptor
{
    public static readonly DbCommandCountingInterceptor Instance = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        DbCommandTelemetry.RecordCommand();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        DbCommandTelemetry.RecordCommand();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        DbCommandTelemetry.RecordCommand();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        DbCommandTelemetry.RecordCommand();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        DbCommandTelemetry.RecordCommand();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        DbCommandTelemetry.RecordCommand();
        return ValueTask.FromResult(result);
    }
}
