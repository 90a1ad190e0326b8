namespace CptGraph.Ingestion.Tic;

/// <summary>Receives what the in-network reader finds in one file, in file order.</summary>
public interface ITicRateSink
{
    /// <summary>Called exactly once, before any rate, as soon as the root facts are known.</summary>
    void Header(TicFileHeader header);

    void FeeRate(TicFeeRate rate);

    void SeparateRate(TicSeparateRate rate);

    void Arrangement(TicArrangement arrangement);

    void Rejected(TicRejection reason, long count);
}
