using System.Data.Common;
using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Reference;

/// <summary>
/// What one code set's import writes through: its open transaction, its run (already stored, so rows can point at it),
/// the statements it prepares and a row counter that logs progress.
/// </summary>
public sealed class ReferenceImportContext
{
    private readonly ILogger _logger;
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private DateTimeOffset _lastProgress = DateTimeOffset.UtcNow;

    internal ReferenceImportContext(CptGraphDbContext db, IDbContextTransaction transaction, IngestRun run, string path, ILogger logger)
    {
        Db = db;
        Transaction = transaction.GetDbTransaction();
        Run = run;
        Path = path;
        _logger = logger;
        Codes = new ReferenceCodes(this);
    }

    public CptGraphDbContext Db { get; }
    public DbTransaction Transaction { get; }
    public IngestRun Run { get; }

    /// <summary>The file being imported, for error messages.</summary>
    public string Path { get; }

    /// <summary>Code ids by value, creating bare codes the official tables name before any other file described them.</summary>
    public ReferenceCodes Codes { get; }

    /// <summary>Rows stored so far.</summary>
    public long Rows { get; private set; }

    /// <summary>A prepared statement in the import's transaction.</summary>
    public DbCommand Command(string sql, int parameters)
    {
        var command = Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Counts one stored row and logs progress every few seconds.</summary>
    public void Stored()
    {
        Rows++;
        if ((Rows & 0x3FF) == 0 && DateTimeOffset.UtcNow - _lastProgress > TimeSpan.FromSeconds(5))
        {
            _lastProgress = DateTimeOffset.UtcNow;
            _logger.LogInformation("Importing {Kind} from {Source}: {Rows} rows in {Seconds:F1}s", Run.Kind, Path, Rows, (_lastProgress - _started).TotalSeconds);
        }
    }
}
