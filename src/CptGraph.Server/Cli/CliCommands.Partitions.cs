using CptGraph.Ingestion;
using CptGraph.Ingestion.Partitions;

namespace CptGraph.Server.Cli;

// ingest partitions: the distributed path's union. Every folder is listed before anything is ingested; each partition
// file is its own transaction, and a bad one is reported without stopping the others (exit code 1), as ingest tic does.
internal sealed partial class CliCommands
{
    private async Task<int> IngestPartitionsAsync(string[] inputs, CancellationToken cancellationToken)
    {
        var partitions = inputs.SelectMany(ObservationPartition.Under).ToList();
        var ingestor = services.GetRequiredService<ObservationPartitionIngestor>();
        var transactions = services.GetRequiredService<TransactionTracker>();
        var failed = 0;
        foreach (var partition in partitions)
        {
            var mark = transactions.Mark();
            try
            {
                var result = await ingestor.IngestAsync(partition, cancellationToken);
                await ReportAsync(partition.Path, result);
            }
            catch (IngestionException e)
            {
                failed++;
                await error.WriteLineAsync($"error: {e.Message}");
                await error.WriteLineAsync($"{CliApp.NothingWritten(transactions, mark, partition.Path)}; a FAILED run records the error.");
            }
        }

        return failed > 0 ? 1 : 0;
    }
}
