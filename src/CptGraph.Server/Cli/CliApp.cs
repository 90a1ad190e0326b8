using CptGraph.Data;
using CptGraph.Ingestion;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Sources;
using CptGraph.Server.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CptGraph.Server.Cli;

/// <summary>The command-line verbs, built on the same registrations as the server.</summary>
public static class CliApp
{
    /// <summary>Whether the command line names a command (known or not) or asks for help; otherwise the server starts.</summary>
    public static bool IsCommand(string[] args) => CliArguments.HasCommand(args);

    /// <summary>Runs one command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var transactions = new TransactionTracker();
        try
        {
            var arguments = new CliArguments(args);
            if (arguments.Positionals is [] or ["help"] || arguments.Flag("--help") || arguments.Flag("-h"))
            {
                await output.WriteLineAsync(CliUsage.Text);
                return 0;
            }

            var (verb, inputs) = CliVerb.Resolve(arguments);
            await using var services = BuildServices(arguments, transactions);
            var commands = new CliCommands(services, arguments, output, error);
            return await commands.RunAsync(verb, inputs, cancellationToken);
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync(CliUsage.Text);
            return 2;
        }
        catch (IngestionException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync(NothingWritten(transactions));
            return 1;
        }
        catch (CptGraph.Data.StoreMigration.StoreMigrationException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        catch (DatabaseConfigurationException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
        catch (DatabaseLockTimeoutException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync("nothing was written.");
            return 1;
        }
        catch (Exception failure) when (Cause<SqliteException>(failure) is { } e)
        {
            // Locked, full or read-only storage: say what to do about it.
            await error.WriteLineAsync($"error: database {DatabaseName(args)}: {e.Message} (SQLite error {e.SqliteErrorCode}){StorageHint(e.SqliteErrorCode)}");
            await error.WriteLineAsync(NothingWritten(transactions));
            return 1;
        }
        catch (Exception failure) when (Cause<NpgsqlException>(failure) is { } e)
        {
            // Unreachable server, a dropped connection, a full disk or a refused login: the transaction rolled back.
            var state = e is PostgresException postgres ? $" (PostgreSQL {postgres.SqlState})" : "";
            await error.WriteLineAsync($"error: database {DatabaseName(args)}: {e.Message}{state}");
            await error.WriteLineAsync(NothingWritten(transactions));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A path that cannot be read or written: the message names it (FileNotFoundException's names the file).
            await error.WriteLineAsync($"error: {(e is FileNotFoundException { FileName: { } file } ? $"{file}: no such file" : e.Message)}");
            await error.WriteLineAsync(NothingWritten(transactions));
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never a stack trace for the user: what failed, in one line, and whether anything was undone.
            await error.WriteLineAsync($"error: {e.GetType().Name}: {e.Message}");
            await error.WriteLineAsync(NothingWritten(transactions));
            return 1;
        }
    }

    /// <summary>"Rolled back" only when a transaction had begun; a file refused before that changed nothing either.</summary>
    internal static string NothingWritten(TransactionTracker transactions, int mark = 0, string? file = null) =>
        (file is null ? "nothing was written" : $"nothing was written for {file}") + (transactions.RolledBackSince(mark)
            ? (file is null ? ": the file's transaction was rolled back." : ": its transaction was rolled back")
            : (file is null ? " (no transaction had begun)." : " (it was refused before its transaction began)"));

    // EF Core wraps storage errors (DbUpdateException); the ingest pipeline rethrows them as they are.
    private static T? Cause<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T cause)
            {
                return cause;
            }
        }

        return null;
    }

    private static DatabaseProvider Provider(CliArguments arguments, IConfiguration configuration) =>
        DatabaseProviders.Parse(arguments.Option("--provider") ?? configuration[DatabaseProviders.ConfigurationKey]);

    private static string ConnectionString(CliArguments arguments, IConfiguration configuration) =>
        DatabaseLocation.Resolve(Provider(arguments, configuration), arguments.Option("--db"), configuration.GetConnectionString(DatabaseLocation.ConnectionStringName));

    private static string DatabaseName(string[] args)
    {
        var arguments = new CliArguments(args);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return DatabaseLocation.Describe(Provider(arguments, configuration), ConnectionString(arguments, configuration));
    }

    private static string StorageHint(int sqliteErrorCode) => sqliteErrorCode switch
    {
        5 or 6 => "; another process holds the write lock: retry later or raise --lock-timeout SECONDS",
        13 => "; the disk (or the --max-db-size cap) is full: free space and run the command again",
        _ => "",
    };

    private static ServiceProvider BuildServices(CliArguments arguments, TransactionTracker transactions)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            // Machine-readable lines when nobody watches (CI, containers, cron); readable ones in a terminal.
            if (Console.IsErrorRedirected)
            {
                logging.AddJsonConsole(o => o.IncludeScopes = false);
            }
            else
            {
                logging.AddSimpleConsole(o => o.SingleLine = true);
            }

            logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        });
        var dataOptions = new CptGraphDataOptions
        {
            Provider = Provider(arguments, configuration),
            LockTimeout = arguments.Decimal("--lock-timeout") is { } lockTimeout ? TimeSpan.FromSeconds((double)lockTimeout) : TimeSpan.FromMinutes(10),
            MaxDatabaseMegabytes = arguments.Integer("--max-db-size"),
            Interceptors = [transactions],
        };
        services.AddSingleton(transactions);
        services.AddCptGraphData(ConnectionString(arguments, configuration), dataOptions);
        services.AddSingleton(new IngestProgressOptions { Interval = TimeSpan.FromSeconds(arguments.Decimal("--progress-every") is { } every ? (double)every : 10) });
        if (!Console.IsErrorRedirected)
        {
            services.AddSingleton<IIngestProgressDisplay, TerminalProgressDisplay>();
        }

        if (arguments.Integer("--read-timeout") is { } seconds)
        {
            services.AddSingleton(RemoteFetchOptions.Default with { ReadTimeout = TimeSpan.FromSeconds(seconds) });
        }

        services.AddCptGraphIngestion();
        services.AddCptGraphSchema();
        return services.BuildServiceProvider();
    }

    internal static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await DatabaseMigrator.MigrateAsync(
            services.GetRequiredService<IDbContextFactory<CptGraphDbContext>>(), cancellationToken, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator)));
}
