using System.Diagnostics;
using System.Threading.Channels;
using CptGraph.Domain.Ingestion;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The parser thread's sink: collects what the reader reports into <see cref="TicBatch"/>es and hands each
/// full one to the writer thread, waiting when the writer is behind (the channel is bounded, so memory is too).
/// Rejections are only counted, here, and added to the run once both threads are done.
/// </summary>
internal sealed class BatchingTicSink(ChannelWriter<TicBatch> output, CancellationToken cancellationToken) : ITicRateSink
{
    private TicBatch _batch = new();

    public IngestCounts Rejections { get; } = new();

    /// <summary>How long the reader was blocked because the writer was behind: the writer was the limit for that long.</summary>
    public TimeSpan WaitedForWriter { get; private set; }

    public void Header(TicFileHeader header)
    {
        _batch.Header = header;
    }

    public void FeeRate(TicFeeRate rate)
    {
        _batch.FeeRates.Add(rate);
        SendIfFull();
    }

    public void SeparateRate(TicSeparateRate rate)
    {
        _batch.SeparateRates.Add(rate);
        SendIfFull();
    }

    public void Arrangement(TicArrangement arrangement)
    {
        _batch.Arrangements.Add(arrangement);
        SendIfFull();
    }

    public void Rejected(TicRejection reason, long count)
    {
        switch (reason)
        {
            case TicRejection.Expired: Rejections.Expired += count; break;
            case TicRejection.Zero: Rejections.Zero += count; break;
            case TicRejection.NonFfs: Rejections.NonFfs += count; break;
            case TicRejection.OtherCodeType: Rejections.OtherCodeType += count; break;
            case TicRejection.UnresolvedProvider: Rejections.UnresolvedProvider += count; break;
        }
    }

    /// <summary>Sends what is left; called once the reader has finished the file.</summary>
    public void Flush()
    {
        if (!_batch.IsEmpty)
        {
            Send();
        }
    }

    private void SendIfFull()
    {
        if (_batch.IsFull)
        {
            Send();
        }
    }

    private void Send()
    {
        // The reader is synchronous, so it blocks here while the writer catches up.
        if (!output.TryWrite(_batch))
        {
            var started = Stopwatch.GetTimestamp();
            output.WriteAsync(_batch, cancellationToken).AsTask().GetAwaiter().GetResult();
            WaitedForWriter += Stopwatch.GetElapsedTime(started);
        }

        _batch = new TicBatch();
    }
}
