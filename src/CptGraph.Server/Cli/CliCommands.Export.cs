using CptGraph.Ingestion.Export;

namespace CptGraph.Server.Cli;

internal sealed partial class CliCommands
{
    private async Task<int> ExportObservationsAsync(CancellationToken cancellationToken)
    {
        if (arguments.Require("--format") is var format && format != "parquet")
        {
            throw new CliUsageException($"--format '{format}' is not supported; the one export format is parquet");
        }

        var directory = arguments.Require("--out");
        var progress = new Progress<long>(rows => error.WriteLine($"export: {rows} observations written"));
        var written = await services.GetRequiredService<ObservationParquetExporter>().ExportAsync(directory, progress, cancellationToken);
        await output.WriteLineAsync($"exported {written} observations to {Path.GetFullPath(directory)}");
        return 0;
    }
}
