using CptGraph.Data;
using CptGraph.Ingestion;
using CptGraph.Ingestion.Sources;
using CptGraph.Server.Schema;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Cli;

/// <summary>The command-line verbs, built on the same registrations as the server.</summary>
public static class CliApp
{
    private static readonly string[] Verbs = ["import", "ingest", "seed", "schema", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>Runs one command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var arguments = new CliArguments(args);
            if (arguments.Positionals is [] or ["help"] || arguments.Flag("--help") || arguments.Flag("-h"))
            {
                await output.WriteLineAsync(CliUsage.Text);
                return 0;
            }

            await using var services = BuildServices(arguments);
            var commands = new CliCommands(services, arguments, output, error);
            return await commands.RunAsync(cancellationToken);
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
            await error.WriteLineAsync("nothing was written: the file's transaction was rolled back.");
            return 1;
        }
    }

    private static ServiceProvider BuildServices(CliArguments arguments)
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
        services.AddCptGraphData(DatabaseLocation.Resolve(arguments.Option("--db"), configuration.GetConnectionString(DatabaseLocation.ConnectionStringName)));
        if (arguments.Integer("--read-timeout") is { } seconds)
        {
            services.AddSingleton(RemoteFetchOptions.Default with { ReadTimeout = TimeSpan.FromSeconds(seconds) });
        }

        services.AddCptGraphIngestion();
        services.AddCptGraphSchema();
        return services.BuildServiceProvider();
    }

    internal static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await DatabaseMigrator.MigrateAsync(services.GetRequiredService<IDbContextFactory<CptGraphDbContext>>(), cancellationToken);
}
