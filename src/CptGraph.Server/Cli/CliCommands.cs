using System.Data.Common;
using CptGraph.Data;
using CptGraph.Data.Statistics;
using CptGraph.Ingestion.Content;
using CptGraph.Ingestion.Medicare;
using CptGraph.Ingestion.Reference;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Seeding;
using CptGraph.Ingestion.Tic;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Cli;

/// <summary>One method per verb; each prints a one-line result per input on standard output.</summary>
internal sealed partial class CliCommands(IServiceProvider services, CliArguments arguments, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(CliVerb verb, string[] inputs, CancellationToken cancellationToken)
    {
        if (verb.Name == "schema export")
        {
            return await ExportSchemaAsync();
        }

        // Migrates the two databases it names itself: not the one --db points at.
        if (verb.Name == "migrate-store")
        {
            return await MigrateStoreAsync(cancellationToken);
        }

        await CliApp.MigrateAsync(services, cancellationToken);
        if (verb.Name != "seed")
        {
            // Every database the CLI creates knows the payers and codes, whatever the first command is.
            await services.GetRequiredService<BundledCatalog>().EnsureAsync(CptGraphServerExtensions.SeedDirectory, cancellationToken);
        }

        try
        {
            return await RunVerbAsync(verb, inputs, cancellationToken);
        }
        finally
        {
            // Even a failed run may have committed its earlier files.
            await RefreshPlannerStatisticsAsync(verb, cancellationToken);
        }
    }

    private async Task<int> RunVerbAsync(CliVerb verb, string[] inputs, CancellationToken cancellationToken) =>
        verb.Name switch
        {
            "import payers" => await ImportPayersAsync(inputs, cancellationToken),
            "import content" => await ImportAsync(inputs, services.GetRequiredService<ContentImporter>().ImportAsync, "codes", cancellationToken),
            "ingest tic" => await IngestTicAsync(inputs, cancellationToken),
            "ingest toc" => await IngestTocAsync(inputs, cancellationToken),
            "import nppes" => await ImportNppesAsync(inputs, cancellationToken),
            "ingest partitions" => await IngestPartitionsAsync(inputs, cancellationToken),
            "ingest medicare" => await IngestMedicareAsync(cancellationToken),
            "export observations" => await ExportObservationsAsync(cancellationToken),
            var name when name.StartsWith("import ", StringComparison.Ordinal) && ReferenceSets.ByName.TryGetValue(name["import ".Length..], out var reference)
                => await ImportReferenceAsync(reference, inputs, cancellationToken),
            "seed" => await SeedAsync(cancellationToken),
            _ => throw new InvalidOperationException($"The command {verb.Name} has no handler."),
        };

    // On PostgreSQL the planner needs statistics of the tables a write filled (PlannerStatistics); a read-only verb
    // wrote nothing. A failure here never hides the verb's own outcome: the data is committed, the warning says what to run.
    private async Task RefreshPlannerStatisticsAsync(CliVerb verb, CancellationToken cancellationToken)
    {
        if (verb.Name == "export observations" || cancellationToken.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<CptGraphDbContext>>().CreateDbContextAsync(cancellationToken);
            await PlannerStatistics.RefreshAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            await error.WriteLineAsync($"warning: the planner statistics were not refreshed ({e.Message}); run ANALYZE on the database");
        }
    }

    private async Task<int> ImportAsync(string[] files, Func<string, CancellationToken, Task<int>> import, string what, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var count = await import(file, cancellationToken);
            await output.WriteLineAsync($"imported {file}: {count} {what}");
        }

        return 0;
    }

    private async Task<int> ImportPayersAsync(string[] files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var result = await services.GetRequiredService<PayerCatalogImporter>().ImportAsync(file, cancellationToken);
            await output.WriteLineAsync($"imported {file}: {result.Payers} payers" + (result.RunId is { } run
                ? $"; {string.Join(", ", result.Changed)} changed kind or BUCA membership: recomputed {result.RecomputedCodes} codes' distributions (run {run})"
                : ""));
        }

        return 0;
    }

    private async Task<int> ImportReferenceAsync(IReferenceSet set, string[] files, CancellationToken cancellationToken)
    {
        var importer = services.GetRequiredService<ReferenceImporter>();
        foreach (var file in files)
        {
            var result = await importer.ImportAsync(set, file, arguments.Option("--release"), cancellationToken);
            await output.WriteLineAsync(result.Skipped
                ? $"skipped {file}: identical to the file imported by run {result.Run.Id}"
                : $"imported {file}: {result.Run.Rows} rows ({set.Kind} {result.Run.Release ?? "release not named"}, run {result.Run.Id}, {result.Run.Rows / Math.Max(result.Run.DurationSeconds, 0.001):F0} rows/s)");
        }

        return 0;
    }

    private async Task<int> IngestMedicareAsync(CancellationToken cancellationToken)
    {
        var codes = arguments.Option("--codes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var options = new MedicareIngestOptions(arguments.Require("--rvu"), arguments.Require("--gpci"), arguments.Decimal("--cf"), arguments.Integer("--year"), codes);
        var result = await services.GetRequiredService<MedicareIngestor>().IngestAsync(options, cancellationToken);
        await ReportAsync(options.RvuPath, result);
        return 0;
    }

    private async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var seeded = await services.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync(CptGraphServerExtensions.SeedDirectory, cancellationToken);
        await output.WriteLineAsync(seeded ? "seeded the bundled content and demo data" : "the database is not empty: nothing seeded");
        return 0;
    }

    private async Task<int> ExportSchemaAsync()
    {
        var sdl = services.GetRequiredService<ISchema>().Print();
        if (arguments.Option("--output") is { } path)
        {
            await File.WriteAllTextAsync(path, sdl);
            await output.WriteLineAsync($"wrote {path}");
        }
        else
        {
            await output.WriteAsync(sdl);
        }

        return 0;
    }
}
