using CptGraph.Ingestion.Content;
using CptGraph.Ingestion.Medicare;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Seeding;
using CptGraph.Ingestion.Tic;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Cli;

/// <summary>One method per verb; each prints a one-line result per input on standard output.</summary>
internal sealed class CliCommands(IServiceProvider services, CliArguments arguments, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var words = arguments.Positionals.ToArray();
        if (words is ["schema", "export"])
        {
            return await ExportSchemaAsync();
        }

        await CliApp.MigrateAsync(services, cancellationToken);
        return words switch
        {
            ["import", "payers", .. var files] when files.Length > 0 => await ImportAsync(files, services.GetRequiredService<PayerCatalogImporter>().ImportAsync, "payers", cancellationToken),
            ["import", "content", .. var files] when files.Length > 0 => await ImportAsync(files, services.GetRequiredService<ContentImporter>().ImportAsync, "codes", cancellationToken),
            ["ingest", "tic", .. var files] when files.Length > 0 => await IngestTicAsync(files, cancellationToken),
            ["ingest", "medicare"] => await IngestMedicareAsync(cancellationToken),
            ["seed"] => await SeedAsync(cancellationToken),
            _ => throw new CliUsageException($"unknown command '{string.Join(' ', words)}'"),
        };
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

    private async Task<int> IngestTicAsync(string[] files, CancellationToken cancellationToken)
    {
        var ingestor = services.GetRequiredService<TicIngestor>();
        var options = new TicIngestOptions(arguments.Option("--payer"), arguments.Flag("--demo"));
        foreach (var file in files)
        {
            await Report(file, await ingestor.IngestAsync(file, options, cancellationToken));
        }

        return 0;
    }

    private async Task<int> IngestMedicareAsync(CancellationToken cancellationToken)
    {
        var codes = arguments.Option("--codes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var options = new MedicareIngestOptions(arguments.Require("--rvu"), arguments.Require("--gpci"), arguments.Decimal("--cf"), arguments.Integer("--year"), codes);
        var result = await services.GetRequiredService<MedicareIngestor>().IngestAsync(options, cancellationToken);
        await Report(options.RvuPath, result);
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

    private Task Report(string file, IngestResult result)
    {
        var run = result.Run;
        var counts = run.Counts;
        return output.WriteLineAsync(result.Skipped
            ? $"skipped {file}: identical content already ingested by run {run.Id}"
            : $"ingested {file}: run {run.Id}, kept {counts.Kept}, duplicate {counts.Duplicate}, expired {counts.Expired}, zero {counts.Zero}, " +
              $"percentage {counts.Percentage}, per diem {counts.PerDiem}, non-ffs {counts.NonFfs}, other code type {counts.OtherCodeType}, " +
              $"unresolved provider {counts.UnresolvedProvider}" + string.Concat(result.Warnings.Select(w => $"; warning: {w}")));
    }
}
