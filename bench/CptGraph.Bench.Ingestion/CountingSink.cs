using CptGraph.Ingestion.Tic;

namespace CptGraph.Bench.Ingestion;

/// <summary>Counts what the parser reports, storing nothing: the parse-only pass's sink.</summary>
internal sealed class CountingSink : ITicRateSink
{
    public long Rates { get; private set; }

    public void Header(TicFileHeader header)
    {
    }

    public void FeeRate(TicFeeRate rate) => Rates++;

    public void SeparateRate(TicSeparateRate rate) => Rates++;

    public void Arrangement(TicArrangement arrangement)
    {
    }

    public void Rejected(TicRejection reason, long count)
    {
    }
}
