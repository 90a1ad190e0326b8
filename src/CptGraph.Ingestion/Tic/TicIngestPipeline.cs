using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using CptGraph.Domain.Payers;
using CptGraph.Ingestion.Storage;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Runs one file's ingest on both cores: the reader parses on one thread while the writer stores the
/// previous batches on another. A bounded channel between them keeps memory flat whichever side is slower;
/// a failure on either side stops the other and surfaces the original error.
/// </summary>
internal static class TicIngestPipeline
{
    // Batches in flight: enough to ride out a slow insert or a slow refill, a few megabytes at most.
    private const int BatchesInFlight = 4;

    /// <summary>Reads with <paramref name="read"/> into <paramref name="work"/>; returns the writer's warnings and where time went.</summary>
    public static async Task<TicPipelineResult> RunAsync(
        Action<ITicRateSink> read, IngestUnitOfWork work, IReadOnlyList<Payer> payers, string? payerOverride, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<TicBatch>(new BoundedChannelOptions(BatchesInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = new TicBatchWriter(work, payers, payerOverride);
        Exception? writeError = null;
        var writerBusy = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var writing = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token))
                {
                    var started = Stopwatch.GetTimestamp();
                    writer.Write(batch);
                    writerBusy += Stopwatch.GetElapsedTime(started);
                }
            }
            catch (Exception e)
            {
                writeError = e;
                await stop.CancelAsync();
            }
        }, CancellationToken.None);

        var sink = new BatchingTicSink(channel.Writer, stop.Token);
        try
        {
            await Task.Run(() =>
            {
                read(sink);
                sink.Flush();
            }, stop.Token);
            channel.Writer.Complete();
        }
        catch (Exception)
        {
            channel.Writer.TryComplete();
            await stop.CancelAsync();
            await writing;
            RethrowWriteError(writeError);
            throw;
        }

        await writing;
        RethrowWriteError(writeError);
        AddRejections(sink, work);
        return new TicPipelineResult(writer.Warnings, clock.Elapsed, writerBusy, sink.WaitedForWriter);
    }

    // A failed write makes the reader stop with a cancellation; the write's own error is the one to report.
    private static void RethrowWriteError(Exception? writeError)
    {
        if (writeError is not null and not OperationCanceledException)
        {
            ExceptionDispatchInfo.Throw(writeError);
        }
    }

    private static void AddRejections(BatchingTicSink sink, IngestUnitOfWork work)
    {
        var counts = work.Run.Counts;
        var rejected = sink.Rejections;
        counts.Expired += rejected.Expired;
        counts.Zero += rejected.Zero;
        counts.NonFfs += rejected.NonFfs;
        counts.OtherCodeType += rejected.OtherCodeType;
        counts.UnresolvedProvider += rejected.UnresolvedProvider;
    }
}
