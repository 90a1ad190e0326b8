using CptGraph.Ingestion.Providers;

namespace CptGraph.Server.Cli;

internal sealed partial class CliCommands
{
    private async Task<int> ImportNppesAsync(string[] inputs, CancellationToken cancellationToken)
    {
        var importer = services.GetRequiredService<NppesImporter>();
        foreach (var file in inputs)
        {
            var written = await importer.ImportAsync(file, cancellationToken);
            await output.WriteLineAsync($"imported {file}: {written} providers");
        }

        return 0;
    }
}
