using CptGraph.Ingestion;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Sources;
using CptGraph.Ingestion.Tic;
using CptGraph.Ingestion.Toc;

namespace CptGraph.Server.Cli;

// ingest tic / ingest toc: many inputs per command, one transaction per file. A bad file is reported, recorded
// as a FAILED run and does not stop the files after it (an unattended monthly run of hundreds of files should
// not lose the good ones to one bad one); the exit code is then 1.
internal sealed partial class CliCommands
{
    private async Task<int> IngestTicAsync(string[] inputs, CancellationToken cancellationToken)
    {
        // Every input is resolved before anything is ingested: a mistyped path fails the command up front.
        var sources = services.GetRequiredService<IngestSourceResolver>().Resolve(inputs);
        var options = new TicIngestOptions(arguments.Option("--payer"), arguments.Flag("--demo"),
            Force: arguments.Flag("--force"), ObservationsOnly: arguments.Flag("--observations-only"));
        return await IngestEachAsync(sources.Select(s => (s, options)), cancellationToken);
    }

    private async Task<int> IngestTocAsync(string[] inputs, CancellationToken cancellationToken)
    {
        var resolver = services.GetRequiredService<IngestSourceResolver>();
        var files = new List<(IngestSource, TicIngestOptions)>();
        foreach (var toc in resolver.Resolve(inputs))
        {
            IReadOnlyList<TocInNetworkFile> listed;
            await using (var stream = await toc.OpenAsync(cancellationToken))
            {
                listed = await Task.Run(() => TableOfContentsReader.Read(stream, toc.Name), cancellationToken);
            }

            await output.WriteLineAsync($"table of contents {toc.Name}: {listed.Count} in-network files");
            files.AddRange(listed.Select(f => (resolver.ResolveLocation(f.Location, toc),
                new TicIngestOptions(arguments.Option("--payer"), arguments.Flag("--demo"), f.Plans, toc.Name,
                    Force: arguments.Flag("--force"), ObservationsOnly: arguments.Flag("--observations-only")))));
        }

        return await IngestEachAsync(files, cancellationToken);
    }

    private async Task<int> IngestEachAsync(IEnumerable<(IngestSource Source, TicIngestOptions Options)> files, CancellationToken cancellationToken)
    {
        var ingestor = services.GetRequiredService<TicIngestor>();
        var transactions = services.GetRequiredService<TransactionTracker>();
        IngestHeapLimit.Log(services.GetRequiredService<ILoggerFactory>().CreateLogger<TicIngestor>());
        int failed = 0;
        int empty = 0;
        foreach (var (source, options) in files)
        {
            var mark = transactions.Mark();
            try
            {
                var result = await ingestor.IngestAsync(source, options, cancellationToken);
                await ReportAsync(source.Name, result);
                if (KeptNothingForWantOfProviders(result))
                {
                    // Every reference failing is an outage at the payer or a broken file, not a quiet month: say so in the exit code.
                    empty++;
                    await error.WriteLineAsync(
                        $"warning: {source.Name} kept no rate: all {result.Run.Counts.UnresolvedProvider} had provider references that did not resolve" +
                        (arguments.Flag("--allow-empty") ? "" : $" (exit {KeptNothingExitCode}; --allow-empty accepts such a run)"));
                }
            }
            catch (IngestionException e)
            {
                failed++;
                await error.WriteLineAsync($"error: {e.Message}");
                await error.WriteLineAsync($"{CliApp.NothingWritten(transactions, mark, source.Name)}; a FAILED run records the error.");
            }
        }

        return failed > 0 ? 1 : empty > 0 && !arguments.Flag("--allow-empty") ? KeptNothingExitCode : 0;
    }

    /// <summary>The exit code of an ingest that ran but kept no rate because no provider reference resolved.</summary>
    internal const int KeptNothingExitCode = 3;

    private static bool KeptNothingForWantOfProviders(IngestResult result) =>
        !result.Skipped && result.Run.Counts.Kept == 0 && result.Run.Counts.UnresolvedProvider > 0;

    private Task ReportAsync(string file, IngestResult result)
    {
        var run = result.Run;
        var counts = run.Counts;
        return output.WriteLineAsync(result.Skipped
            ? $"skipped {file}: {result.SkipReason}; --force ingests it again"
            : $"ingested {file}: run {run.Id}, {run.Bytes} bytes, kept {counts.Kept}, duplicate {counts.Duplicate}, expired {counts.Expired}, zero {counts.Zero}, " +
              $"percentage {counts.Percentage}, per diem {counts.PerDiem}, non-ffs {counts.NonFfs}, other code type {counts.OtherCodeType}, " +
              $"unresolved provider {counts.UnresolvedProvider}" + string.Concat(result.Warnings.Select(w => $"; warning: {w}")));
    }
}
