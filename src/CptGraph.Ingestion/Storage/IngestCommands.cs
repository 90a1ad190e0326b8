using System.Data.Common;
using CptGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CptGraph.Ingestion.Storage;

/// <summary>Plain ADO.NET commands on an ingest's own connection and open transaction, for its hot loops.</summary>
internal static class IngestCommands
{
    /// <summary>A command on <paramref name="db"/>'s connection and current transaction, with the named parameters in order.</summary>
    public static DbCommand Create(CptGraphDbContext db, string sql, params string[] parameterNames) =>
        Create(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql, parameterNames);

    /// <summary>A command on <paramref name="connection"/> and <paramref name="transaction"/>, with the named parameters in order.</summary>
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
