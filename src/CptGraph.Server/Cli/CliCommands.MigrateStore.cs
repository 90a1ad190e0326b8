using CptGraph.Data;
using CptGraph.Data.StoreMigration;

namespace CptGraph.Server.Cli;

internal sealed partial class CliCommands
{
    private const string SqliteScheme = "sqlite:";

    /// <summary>
    /// <c>migrate-store --from sqlite:PATH --to "Host=…"</c>: both databases are migrated to this build's model, then every
    /// row of the SQLite file goes into the empty PostgreSQL database in one transaction (SqliteToPostgresCopier).
    /// </summary>
    private async Task<int> MigrateStoreAsync(CancellationToken cancellationToken)
    {
        var from = arguments.Require("--from");
        var path = from.StartsWith(SqliteScheme, StringComparison.OrdinalIgnoreCase) ? from[SqliteScheme.Length..] : from;
        if (!File.Exists(path))
        {
            throw new StoreMigrationException($"--from {path}: no such SQLite file");
        }

        var to = arguments.Require("--to");
        var sqlite = DatabaseLocation.FromPath(path);
        var postgresOptions = new CptGraphDataOptions { Provider = DatabaseProvider.Postgres };
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        await DatabaseMigrator.MigrateAsync(CptGraphDataServiceCollectionExtensions.CreatePooledFactory(sqlite, new CptGraphDataOptions()), cancellationToken, logger);
        await DatabaseMigrator.MigrateAsync(CptGraphDataServiceCollectionExtensions.CreatePooledFactory(to, postgresOptions), cancellationToken, logger);

        var target = DatabaseLocation.Describe(DatabaseProvider.Postgres, to);
        await error.WriteLineAsync($"migrate-store: copying {Path.GetFullPath(path)} into {target} (one transaction)");
        var progress = new SynchronousProgress<(string Table, long Rows)>(t => error.WriteLine($"migrate-store: {t.Table}: {t.Rows} rows"));
        var copied = await new SqliteToPostgresCopier(sqlite, to, postgresOptions).CopyAsync(progress, cancellationToken);
        await output.WriteLineAsync($"copied {copied.Sum(t => t.Rows)} rows in {copied.Count} tables from {Path.GetFullPath(path)} to {target}");
        return 0;
    }

    // Progress<T> posts to the thread pool, so lines could come out of order or after the summary.
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
